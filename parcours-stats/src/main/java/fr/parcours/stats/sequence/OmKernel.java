package fr.parcours.stats.sequence;

/**
 * Optimal matching with one indel cost: the cell recurrence of TraMineR's
 * {@code OMdistance::distance} ({@code src/OMdistance.cpp}), computed column by column in a single
 * buffer after skipping the common prefix and the common suffix (as TraMineR does).
 *
 * <p>Recurrence, for {@code i, j >= 1}: {@code m = min(F[i][j−1], F[i−1][j]) + indel};
 * {@code s = F[i−1][j−1] + (x_i == y_j ? 0 : sm[x_i][y_j])}; {@code F[i][j] = s < m ? s : m};
 * borders {@code F[i][0] = i·indel}, {@code F[0][j] = j·indel}. The operations are the same as
 * TraMineR's, in the same order, so the values are bit-identical. Skipping a common prefix or
 * suffix does not change the distance when costs are non-negative (an optimal alignment can
 * always match equal end states at cost 0).
 */
final class OmKernel implements PairKernel {
  private final int[][] seqs;
  private final double[] sm;
  private final int k;
  private final double indel;
  private final double maxscost;
  private final Normalization norm;
  private final double[] col;
  private final double[] profile; // profile[s * stride + i] = cost of x_i against state s (0 if equal)
  private final int stride;
  private int profiled = -1;

  OmKernel(int[][] seqs, double[][] sm, double indel, Normalization norm, int maxLen) {
    this.seqs = seqs;
    this.k = sm.length;
    this.sm = SubstitutionCosts.flatten(sm);
    this.indel = indel;
    this.norm = norm;
    this.maxscost = SubstitutionCosts.maxSubstitutionCost(sm, indel, norm);
    this.col = new double[maxLen + 1];
    this.stride = maxLen;
    this.profile = new double[k * maxLen];
  }

  /** Builds the cost profile of sequence {@code a} (reused while the engine walks row {@code a}). */
  private void profile(int a) {
    int[] x = seqs[a];
    for (int s = 0; s < k; s++) {
      int base = s * stride;
      for (int i = 0; i < x.length; i++) profile[base + i] = x[i] == s ? 0.0 : sm[x[i] * k + s];
    }
    profiled = a;
  }

  @Override
  public double distance(int a, int b) {
    int[] x = seqs[a];
    int[] y = seqs[b];
    int m = x.length;
    int n = y.length;
    if (a != profiled) profile(a);
    double raw = raw(x, y, true);
    double maxpossiblecost = Math.abs(n - m) * indel + maxscost * Math.min(m, n);
    return norm.apply(raw, maxpossiblecost, m * indel, n * indel);
  }

  /** Raw OM distance with prefix/suffix trimming. */
  double raw(int[] x, int[] y) {
    profiled = -1;
    return raw(x, y, false);
  }

  private double raw(int[] x, int[] y, boolean useProfile) {
    int m = x.length;
    int n = y.length;
    int p = 0;
    while (p < m && p < n && x[p] == y[p]) p++;
    int me = m;
    int ne = n;
    while (me > p && ne > p && x[me - 1] == y[ne - 1]) {
      me--;
      ne--;
    }
    int rows = me - p;
    int cols = ne - p;
    if (rows == 0) return cols * indel;
    if (cols == 0) return rows * indel;
    final double[] f = col;
    final double ind = indel;
    for (int i = 0; i <= rows; i++) f[i] = i * ind;
    final double[] prof = profile;
    for (int j = 1; j <= cols; j++) {
      double diag = f[0];
      f[0] = j * ind;
      int yj = y[p + j - 1];
      double left = f[0];
      if (useProfile) {
        // sub = diag + (x_i == y_j ? 0 : sm[x_i][y_j]); adding 0.0 leaves diag unchanged, so this
        // is the same value as TraMineR's branch.
        int base = yj * stride + p - 1;
        for (int i = 1; i <= rows; i++) {
          double up = f[i];
          double minimum = (left < up ? left : up) + ind;
          double sub = diag + prof[base + i];
          diag = up;
          double v = sub < minimum ? sub : minimum;
          f[i] = v;
          left = v;
        }
      } else {
        for (int i = 1; i <= rows; i++) {
          double up = f[i];
          double minimum = up;
          if (left < minimum) minimum = left;
          minimum += ind;
          int xi = x[p + i - 1];
          double sub = xi == yj ? diag : diag + sm[xi * k + yj];
          diag = up;
          double v = sub < minimum ? sub : minimum;
          f[i] = v;
          left = v;
        }
      }
    }
    return f[rows];
  }
}
