package fr.parcours.stats.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SequenceDataTest {
  @Test
  void alphabetIsSortedDistinctStatesInCodePointOrder() {
    SequenceData d = SequenceData.fromStates(
        List.of(new String[] {"school", "FE", "HE"}, new String[] {"employment", "FE", "FE"}), null);
    assertThat(d.alphabet()).containsExactly("FE", "HE", "employment", "school");
    assertThat(d.sequence(0)).containsExactly(3, 0, 1);
    assertThat(d.isWeighted()).isFalse();
    assertThat(d.weight(1)).isEqualTo(1.0);
  }

  @Test
  void distinctCompressionMapsRowsInOrderOfFirstAppearance() {
    int[][] rows = {{0, 1}, {1, 1}, {0, 1}, {1, 0}, {1, 1}};
    DistinctSequences d = SequenceData.of(List.of("a", "b"), rows, null).distinct();
    assertThat(d.count()).isEqualTo(3);
    assertThat(d.rowToDistinct()).containsExactly(0, 1, 0, 2, 1);
    assertThat(d.multiplicity()).containsExactly(2, 2, 1);
    assertThat(d.firstRow()).containsExactly(0, 1, 3);
  }

  @Test
  void expandedMatrixIsZeroBetweenEqualRowsAndSymmetric() {
    int[][] rows = {{0, 1, 1}, {1, 1, 0}, {0, 1, 1}};
    DistanceMatrix m = SequenceDistances.compute(SequenceData.of(List.of("a", "b"), rows, null),
        DistanceOptions.of(DistanceMethod.LCS));
    assertThat(m.distinctCount()).isEqualTo(2);
    assertThat(m.get(0, 2)).isZero();
    assertThat(m.get(0, 1)).isEqualTo(m.get(1, 0)).isEqualTo(2.0); // LLCS("abb","bba") = 2 -> 3+3-4
  }

  @Test
  void rejectsRaggedRowsBadCodesAndBadWeights() {
    assertThatThrownBy(() -> SequenceData.of(List.of("a"), new int[][] {{0}, {0, 0}}, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SequenceData.of(List.of("a"), new int[][] {{1}}, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SequenceData.of(List.of("a"), new int[][] {{0}}, new double[] {-1}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DistanceOptions.of(DistanceMethod.DHD).withCosts(CostMethod.CONSTANT, java.util.OptionalDouble.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
