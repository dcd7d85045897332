package fr.parcours.stats.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Worked examples of small-cell suppression. */
class SmallCellSuppressionTest {
  @Test
  void aSingleSmallCellGetsAComplementInItsRowAndColumn() {
    long[][] t = {{5, 40, 60}, {30, 50, 70}, {25, 45, 80}};
    ProtectedTable p = new SmallCellSuppression(11).protect(t);
    assertThat(p.status(0, 0)).isEqualTo(CellStatus.PRIMARY);
    // row 0: the smallest other inner cell is 40; column 0: 25
    assertThat(p.status(0, 1)).isEqualTo(CellStatus.SECONDARY);
    assertThat(p.status(2, 0)).isEqualTo(CellStatus.SECONDARY);
    assertThat(p.status(0, 3)).isEqualTo(CellStatus.PUBLISHED); // row total 105 stays
    assertThat(p.value(3, 3)).isEqualTo(405);
  }

  @Test
  void aOneColumnTableHidesTheTotalWithTheCell() {
    ProtectedTable p = new SmallCellSuppression(11).protect(new long[][] {{3}, {50}});
    assertThat(p.status(0, 0)).isEqualTo(CellStatus.PRIMARY);
    assertThat(p.status(0, 1)).isEqualTo(CellStatus.PRIMARY); // its row total is 3 as well
    assertThat(p.status(1, 0).suppressed()).isTrue(); // column: 3 + 50 = 53 would give it back
  }

  @Test
  void zerosArePublishedAndTheThresholdIsChecked() {
    ProtectedTable p = new SmallCellSuppression(11).protect(new long[][] {{0, 20}, {15, 30}});
    assertThat(p.suppressedCount()).isZero();
    assertThatThrownBy(() -> new SmallCellSuppression(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
