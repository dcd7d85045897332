package fr.parcours.stats.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SurvStatusTest {
  @Test
  void acceptsZeroOneAndOneTwoLikeRSurv() {
    assertThat(SurvStatus.normalise(new double[] {0, 1, 1})).containsExactly(0, 1, 1);
    assertThat(SurvStatus.normalise(new double[] {1, 2, 2})).containsExactly(0, 1, 1);
    assertThat(SurvStatus.normalise(new double[] {1, 1})).containsExactly(1, 1);
    assertThatThrownBy(() -> SurvStatus.normalise(new double[] {0, 3})).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SurvStatus.normalise(new double[] {0, 1, 2})).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void factorLevelsSortNumericallyOrAlphabetically() {
    assertThat(FactorLevels.sorted(List.of("10", "9", "2"))).containsExactly("2", "9", "10");
    assertThat(FactorLevels.sorted(List.of("squamous", "adeno", "smallcell", "large")))
        .containsExactly("adeno", "large", "smallcell", "squamous");
  }
}
