package fr.parcours.stats.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of small-cell suppression on random tables: no hidden cell comes back by subtraction. */
class SmallCellSuppressionPropertiesTest {

  @Provide
  Arbitrary<long[][]> tables() {
    return Arbitraries.integers().between(1, 7).flatMap(r -> Arbitraries.integers().between(1, 6).flatMap(c ->
        Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(0, 12)),
                net.jqwik.api.Tuple.of(2, Arbitraries.longs().between(11, 400)))
            .array(long[].class).ofSize(c).array(long[][].class).ofSize(r)));
  }

  @Property(tries = 600)
  void everySmallCountIsHiddenAndNoLineHasASingleSecret(@ForAll("tables") long[][] t, @ForAll @IntRange(min = 2, max = 15) int threshold) {
    ProtectedTable p = new SmallCellSuppression(threshold).protect(t);
    for (int i = 0; i < p.lines(); i++) {
      for (int j = 0; j < p.columns(); j++) {
        long v = p.value(i, j);
        if (v >= 1 && v < threshold) assertThat(p.status(i, j)).isEqualTo(CellStatus.PRIMARY);
      }
    }
    for (int i = 0; i < p.lines(); i++) {
      int n = 0;
      for (int j = 0; j < p.columns(); j++) if (p.status(i, j).suppressed()) n++;
      assertThat(n).as("ligne %d", i).isNotEqualTo(1);
    }
    for (int j = 0; j < p.columns(); j++) {
      int n = 0;
      for (int i = 0; i < p.lines(); i++) if (p.status(i, j).suppressed()) n++;
      assertThat(n).as("colonne %d", j).isNotEqualTo(1);
    }
  }

  /**
   * The attacker's view: published cells are known, suppressed ones unknown; repeatedly, any line
   * with one unknown gives it by subtraction (total − known cells, or total = sum of cells). Nothing
   * suppressed may ever be recovered.
   */
  @Property(tries = 600)
  void noSuppressedCellIsRecoveredBySubtractionInRowsOrColumns(@ForAll("tables") long[][] t) {
    ProtectedTable p = new SmallCellSuppression(SmallCellSuppression.DEFAULT_THRESHOLD).protect(t);
    int lines = p.lines();
    int cols = p.columns();
    boolean[][] known = new boolean[lines][cols];
    for (int i = 0; i < lines; i++) for (int j = 0; j < cols; j++) known[i][j] = !p.status(i, j).suppressed();
    boolean progress = true;
    while (progress) {
      progress = false;
      for (int i = 0; i < lines; i++) {
        int unknown = -1;
        int n = 0;
        for (int j = 0; j < cols; j++) if (!known[i][j]) { n++; unknown = j; }
        if (n == 1) { known[i][unknown] = true; progress = true; }
      }
      for (int j = 0; j < cols; j++) {
        int unknown = -1;
        int n = 0;
        for (int i = 0; i < lines; i++) if (!known[i][j]) { n++; unknown = i; }
        if (n == 1) { known[unknown][j] = true; progress = true; }
      }
    }
    for (int i = 0; i < lines; i++) {
      for (int j = 0; j < cols; j++) {
        if (p.status(i, j).suppressed()) assertThat(known[i][j]).as("cellule (%d, %d) retrouvée", i, j).isFalse();
      }
    }
  }

  @Property(tries = 200)
  void aTableWithoutSmallCountsIsPublishedWhole(@ForAll("tables") long[][] t) {
    for (long[] row : t) for (int j = 0; j < row.length; j++) if (row[j] > 0 && row[j] < 11) row[j] = 0;
    ProtectedTable p = new SmallCellSuppression(11).protect(t);
    boolean anySmallMargin = false;
    for (int i = 0; i < p.lines(); i++) for (int j = 0; j < p.columns(); j++) if (p.value(i, j) > 0 && p.value(i, j) < 11) anySmallMargin = true;
    if (!anySmallMargin) assertThat(p.suppressedCount()).isZero();
  }
}
