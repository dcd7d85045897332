package fr.parcours.stats.disclosure;

/**
 * Small-cell suppression of a two-way table of counts published with its margins.
 *
 * <p><b>Definition.</b> A count {@code n} with {@code 1 ≤ n < threshold} is a <i>primary</i>
 * suppression (zeros are published: a zero reveals no one; a convention that wants them hidden
 * applies a threshold to the line instead). Then <i>secondary</i> suppressions are added until no
 * line of the extended table (rows and columns, margins included) holds exactly one suppressed cell:
 * in such a line the hidden cell would equal its total minus the published cells. The
 * complementary cell chosen is the published cell of the line with the smallest positive count,
 * inner cells before margins (least information lost); a zero is taken only when nothing else is
 * left. Each step adds a suppression, so the loop ends (at worst with the whole table hidden).
 *
 * <p><b>Guarantee and limit.</b> After the procedure, no suppressed cell can be recomputed by
 * subtraction within one row or one column, nor by repeating such subtractions (a line with
 * exactly one unknown never appears, so the closure recovers nothing): property-tested in
 * {@code SmallCellSuppressionPropertiesTest}. It does not defend against every linear-programming
 * attack on several lines at once (interval bounds may narrow), which is what the audit of
 * τ-ARGUS-style optimal suppression would add; nor against differencing between two tables that
 * share cells (publish one stratification per release or protect them jointly).
 *
 * <p>Equivalent practice: the « secret statistique » of INSEE's diffusion rules (threshold 11 in
 * health data, CNIL/ATIH convention), with the classic « pas de ligne à un seul secret » heuristic.
 * No I/O; thread-safe (stateless).
 */
public final class SmallCellSuppression {
  /** Default threshold: counts under 11 are hidden. */
  public static final int DEFAULT_THRESHOLD = 11;

  private final int threshold;

  public SmallCellSuppression(int threshold) {
    if (threshold < 1) throw new IllegalArgumentException("seuil de secret invalide : " + threshold + " (au moins 1)");
    this.threshold = threshold;
  }

  public int threshold() {
    return threshold;
  }

  /**
   * Protects {@code cells} ({@code rows × columns}, non-negative counts) and its margins.
   *
   * @return the extended table with margins and the status of each cell
   */
  public ProtectedTable protect(long[][] cells) {
    int r = cells.length;
    int c = r == 0 ? 0 : cells[0].length;
    long[][] v = new long[r + 1][c + 1];
    for (int i = 0; i < r; i++) {
      if (cells[i].length != c) throw new IllegalArgumentException("tableau irrégulier : ligne " + i);
      for (int j = 0; j < c; j++) {
        if (cells[i][j] < 0) throw new IllegalArgumentException("effectif négatif en (" + i + ", " + j + ")");
        v[i][j] = cells[i][j];
        v[i][c] += cells[i][j];
        v[r][j] += cells[i][j];
        v[r][c] += cells[i][j];
      }
    }
    CellStatus[][] s = new CellStatus[r + 1][c + 1];
    for (int i = 0; i <= r; i++) {
      for (int j = 0; j <= c; j++) s[i][j] = v[i][j] >= 1 && v[i][j] < threshold ? CellStatus.PRIMARY : CellStatus.PUBLISHED;
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 0; i <= r; i++) {
        if (count(s, i, -1) == 1) {
          secondary(v, s, i, -1, r, c);
          changed = true;
        }
      }
      for (int j = 0; j <= c; j++) {
        if (count(s, -1, j) == 1) {
          secondary(v, s, -1, j, r, c);
          changed = true;
        }
      }
    }
    return new ProtectedTable(v, s);
  }

  /** Suppressed cells in line {@code i} (when j < 0) or column {@code j} (when i < 0). */
  private static int count(CellStatus[][] s, int i, int j) {
    int n = 0;
    int len = i >= 0 ? s[0].length : s.length;
    for (int k = 0; k < len; k++) if ((i >= 0 ? s[i][k] : s[k][j]).suppressed()) n++;
    return n;
  }

  private static void secondary(long[][] v, CellStatus[][] s, int i, int j, int lastLine, int lastColumn) {
    int len = i >= 0 ? s[0].length : s.length;
    int best = -1;
    long bestKey = Long.MAX_VALUE;
    for (int k = 0; k < len; k++) {
      int a = i >= 0 ? i : k;
      int b = i >= 0 ? k : j;
      if (s[a][b].suppressed()) continue;
      boolean margin = a == lastLine || b == lastColumn;
      long value = v[a][b];
      // order: positive inner cells by size, then positive margins, then zeros
      long key = (value == 0 ? 2L << 60 : 0) + (margin ? 1L << 60 : 0) + value;
      if (key < bestKey) {
        bestKey = key;
        best = k;
      }
    }
    if (best < 0) return;
    if (i >= 0) s[i][best] = CellStatus.SECONDARY;
    else s[best][j] = CellStatus.SECONDARY;
  }
}
