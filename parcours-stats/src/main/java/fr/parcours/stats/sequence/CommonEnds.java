package fr.parcours.stats.sequence;

/**
 * The common prefix and suffix of two sequences, which OM and LCS skip before their dynamic
 * programme (TraMineR does the same). Packed in one {@code long} — prefix in the high half,
 * suffix in the low half — so the hot loop allocates nothing. The suffix never overlaps the prefix.
 */
final class CommonEnds {
  private CommonEnds() {}

  static long of(int[] x, int[] y) {
    int m = x.length;
    int n = y.length;
    int p = 0;
    while (p < m && p < n && x[p] == y[p]) p++;
    int s = 0;
    while (m - s > p && n - s > p && x[m - s - 1] == y[n - s - 1]) s++;
    return ((long) p << 32) | s;
  }

  static int prefix(long ends) {
    return (int) (ends >>> 32);
  }

  static int suffix(long ends) {
    return (int) ends;
  }
}
