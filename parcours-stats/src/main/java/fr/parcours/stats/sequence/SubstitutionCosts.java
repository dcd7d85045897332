package fr.parcours.stats.sequence;

/**
 * Substitution costs as TraMineR's {@code seqcost()} builds them ({@code R/seqcost.R}).
 * Matrices are indexed by state code; the diagonal is 0.
 *
 * <p>Stateless and thread-safe.
 */
public final class SubstitutionCosts {
  private SubstitutionCosts() {}

  /** {@code seqcost(s, "CONSTANT", cval = c)$sm}: {@code c} off the diagonal, 0 on it. */
  public static double[][] constant(int k, double cval) {
    double[][] sm = new double[k][k];
    for (int a = 0; a < k; a++) for (int b = 0; b < k; b++) sm[a][b] = a == b ? 0 : cval;
    return sm;
  }

  /**
   * {@code seqcost(s, "TRATE", cval = c, weighted = W)$sm}: {@code sm[a][b] = c − p(b|a) − p(a|b)}
   * for {@code a ≠ b} with the pooled lag-1 transition rates of
   * {@link SequenceStatistics#transitionRates} (evaluated left to right, as the R code does).
   */
  public static double[][] trate(SequenceData data, double cval, Weighting weighting) {
    double[][] tr = SequenceStatistics.transitionRates(data, weighting).rates();
    int k = tr.length;
    double[][] sm = new double[k][k];
    for (int i = 0; i < k - 1; i++) {
      for (int j = i + 1; j < k; j++) {
        double cost = cval - tr[i][j] - tr[j][i];
        sm[i][j] = cost;
        sm[j][i] = cost;
      }
    }
    return sm;
  }

  /**
   * {@code seqcost(s, "TRATE", cval = c, time.varying = TRUE, transition = "both")$sm}, the DHD
   * costs, as {@code [t][a][b]} for every position {@code t} of {@code 0 .. L−1}:
   *
   * <ul>
   *   <li>interior t: {@code c − p_{t−1}(a→b) − p_{t−1}(b→a) − p_t(a→b) − p_t(b→a)};
   *   <li>first position: {@code c + 2·(−p_0(a→b) − p_0(b→a))}; last position {@code L−1}:
   *       {@code c + 2·(−p_{L−2}(a→b) − p_{L−2}(b→a))};
   *   <li>floored at 0 ({@code max(0, cost)}); diagonal 0.
   * </ul>
   *
   * where {@code p_t(a→b)} is the time-varying transition rate from position t to t+1.
   */
  public static double[][][] trateTimeVarying(SequenceData data, double cval, Weighting weighting) {
    double[][][] tr = SequenceStatistics.timeVaryingTransitionRates(data, weighting);
    int k = data.alphabetSize();
    int time = data.length();
    double[][][] costs = new double[time][k][k];
    for (int t = 0; t < time; t++) {
      boolean debut = t == 0;
      boolean fin = t == time - 1;
      for (int i = 0; i < k - 1; i++) {
        for (int j = i + 1; j < k; j++) {
          double cost = 0;
          if (!debut) cost = cost - tr[t - 1][i][j] - tr[t - 1][j][i];
          if (!fin) cost = cost - tr[t][i][j] - tr[t][j][i];
          cost = (!debut && !fin) ? cost + cval : cval + 2 * cost;
          cost = Math.max(0, cost);
          costs[t][i][j] = cost;
          costs[t][j][i] = cost;
        }
      }
    }
    return costs;
  }

  /** Largest entry of a matrix (diagonal included), as R's {@code max(sm)}. */
  public static double max(double[][] sm) {
    double m = Double.NEGATIVE_INFINITY;
    for (double[] r : sm) for (double v : r) m = Math.max(m, v);
    return m;
  }

  /** TraMineR's {@code indel = "auto"} for a substitution matrix: {@code max(sm) / 2}. */
  public static double autoIndel(double[][] sm) {
    return 0.5 * max(sm);
  }

  /** Largest off-diagonal cost over {@code i < j}, capped at {@code 2·indel} (OMdistance's {@code maxscost}). */
  static double maxSubstitutionCost(double[][] sm, double indel, Normalization norm) {
    if (norm == Normalization.YUJIANBO) return 2 * indel;
    double m = 0;
    for (int i = 0; i < sm.length; i++) for (int j = i + 1; j < sm.length; j++) if (sm[i][j] > m) m = sm[i][j];
    return Math.min(m, 2 * indel);
  }

  /** Flattens {@code sm[a][b]} to {@code f[a·k + b]}. */
  static double[] flatten(double[][] sm) {
    int k = sm.length;
    double[] f = new double[k * k];
    for (int a = 0; a < k; a++) System.arraycopy(sm[a], 0, f, a * k, k);
    return f;
  }
}
