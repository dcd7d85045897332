package fr.parcours.stats.sequence;

/**
 * Plain, single-threaded "textbook" dynamic programs transcribing TraMineR's cell recurrences
 * without any speed trick (no prefix/suffix trimming, full {@code (m+1)×(n+1)} matrix, no
 * distinct-sequence compression). They are the oracle of the property tests and the baseline of
 * {@code parcours bench seqdist}; use {@link SequenceDistances} for real work.
 *
 * <p>Stateless and thread-safe.
 */
public final class ReferenceDistances {
  private ReferenceDistances() {}

  /**
   * Raw OM distance, full matrix: {@code F[i][0] = i·indel}, {@code F[0][j] = j·indel},
   * {@code F[i][j] = s < m ? s : m} with {@code m = min(F[i][j−1], F[i−1][j]) + indel} and
   * {@code s = F[i−1][j−1] + (x_i == y_j ? 0 : sm[x_i][y_j])} ({@code src/OMdistance.cpp}).
   */
  public static double om(int[] x, int[] y, double[][] sm, double indel) {
    int m = x.length;
    int n = y.length;
    double[][] f = new double[m + 1][n + 1];
    for (int i = 0; i <= m; i++) f[i][0] = i * indel;
    for (int j = 0; j <= n; j++) f[0][j] = j * indel;
    for (int j = 1; j <= n; j++) {
      for (int i = 1; i <= m; i++) {
        double minimum = f[i][j - 1];
        double jIndel = f[i - 1][j];
        if (jIndel < minimum) minimum = jIndel;
        minimum += indel;
        double sub = x[i - 1] == y[j - 1] ? f[i - 1][j - 1] : f[i - 1][j - 1] + sm[x[i - 1]][y[j - 1]];
        f[i][j] = sub < minimum ? sub : minimum;
      }
    }
    return f[m][n];
  }

  /** Raw position-wise sum {@code Σ_t costs[t][x_t][y_t]} (HAM, DHD; {@code src/DHDdistance.cpp}). */
  public static double positionwise(int[] x, int[] y, double[][][] costs) {
    double c = 0;
    for (int t = 0; t < Math.min(x.length, y.length); t++) c += costs[t][x[t]][y[t]];
    return c;
  }

  /**
   * Raw OMspell distance, full matrix over spells ({@code src/OMPerdistance.cpp}): spells of
   * {@code x} and {@code y}, durations {@code dur^tpow − 1}, indel {@code indel + expcost·d},
   * substitution {@code expcost·|d1 − d2|} (same state) or {@code sm + expcost·(d1 + d2)}.
   */
  public static double omSpell(int[] x, int[] y, double[][] sm, double indel, double tpow, double expcost) {
    int[][] st = new int[2][];
    double[][] du = new double[2][];
    OmSpellKernel.spells(new int[][] {x, y}, tpow, st, du);
    int m = st[0].length;
    int n = st[1].length;
    double[][] f = new double[m + 1][n + 1];
    for (int i = 1; i <= m; i++) f[i][0] = f[i - 1][0] + (indel + expcost * du[0][i - 1]);
    for (int j = 1; j <= n; j++) f[0][j] = f[0][j - 1] + (indel + expcost * du[1][j - 1]);
    for (int j = 1; j <= n; j++) {
      for (int i = 1; i <= m; i++) {
        double minimum = f[i][j - 1] + (indel + expcost * du[1][j - 1]);
        double jIndel = f[i - 1][j] + (indel + expcost * du[0][i - 1]);
        if (jIndel < minimum) minimum = jIndel;
        double d1 = du[0][i - 1];
        double d2 = du[1][j - 1];
        double sc;
        if (st[0][i - 1] == st[1][j - 1]) {
          double diff = d1 - d2;
          sc = diff < 0 ? -1.0 * (expcost * diff) : expcost * diff;
        } else {
          sc = sm[st[0][i - 1]][st[1][j - 1]] + (d1 + d2) * expcost;
        }
        double sub = f[i - 1][j - 1] + sc;
        f[i][j] = sub < minimum ? sub : minimum;
      }
    }
    return f[m][n];
  }

  /**
   * The full N×N matrix {@code seqdist(s, …)} computed pair by pair over the original rows with the
   * textbook programs above, single-threaded. Quadratic in N with no compression: small N only.
   */
  public static double[][] matrix(SequenceData data, DistanceOptions o) {
    int n = data.size();
    int len = data.length();
    int k = data.alphabetSize();
    Normalization norm = o.effectiveNormalization();
    double cval = o.effectiveCval();
    double[][] sm;
    double indel;
    double[][][] byPos = null;
    switch (o.method()) {
      case LCS -> {
        sm = SubstitutionCosts.constant(k, 2);
        indel = 1;
      }
      case DHD -> {
        sm = null;
        indel = 0;
        byPos = SubstitutionCosts.trateTimeVarying(data, cval, Weighting.WEIGHTED);
      }
      default -> {
        sm = SequenceDistances.substitutionCosts(data, o);
        indel = SequenceDistances.effectiveIndel(data, o);
        if (o.method() == DistanceMethod.HAM) {
          byPos = new double[len][][];
          for (int t = 0; t < len; t++) byPos[t] = sm;
        }
      }
    }
    double maxdist = 0;
    if (byPos != null) for (double[][] c : byPos) maxdist = maxdist + SubstitutionCosts.max(c);
    double[][] out = new double[n][n];
    int[][] rows = data.rows();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        int[] x = rows[i];
        int[] y = rows[j];
        double v;
        switch (o.method()) {
          case HAM, DHD -> v = norm.apply(positionwise(x, y, byPos), maxdist, maxdist, maxdist);
          case OMSPELL -> {
            double raw = omSpell(x, y, sm, indel, o.tpow(), o.expcost());
            double ms = SubstitutionCosts.maxSubstitutionCost(sm, indel, norm);
            v = norm.apply(raw, Math.abs(x.length - y.length) * indel + ms * Math.min(x.length, y.length),
                y.length * indel, x.length * indel);
          }
          default -> {
            double raw = om(x, y, sm, indel);
            double ms = SubstitutionCosts.maxSubstitutionCost(sm, indel, norm);
            v = norm.apply(raw, Math.abs(y.length - x.length) * indel + ms * Math.min(x.length, y.length),
                x.length * indel, y.length * indel);
          }
        }
        out[i][j] = v;
        out[j][i] = v;
      }
    }
    return out;
  }
}
