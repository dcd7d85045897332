package fr.parcours.stats.survival;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * Log-rank test of equal hazards across groups, as R's {@code survival::survdiff} with
 * {@code rho = 0}.
 *
 * <p>References: Mantel (1966); Peto &amp; Peto (1972); Kalbfleisch &amp; Prentice (2002), §7.2;
 * Therneau &amp; Grambsch (2000), §2.2.
 */
public final class LogRank {
  private LogRank() {}

  /**
   * Log-rank test.
   *
   * <p><b>Definition.</b> At each distinct event time t, with n_g(t) at risk and d_g(t) events in
   * group g, n = Σ n_g, d = Σ d_g: O_g = Σ_t d_g, E_g = Σ_t d·n_g/n, and the hypergeometric
   * variance V_gh = Σ_t d(n − d)/(n²(n − 1)) · n_g(δ_gh·n − n_h) (terms with n = 1 are 0).
   * χ² = (O − E)ᵀ V⁻ (O − E) computed as R does: keep the groups with E_g &gt; 0, drop the first of
   * them, solve the remaining system; df = (number kept) − 1; p = P(χ²_df &gt; χ²). Censorings at an
   * event time count as at risk.
   *
   * <p>R: {@code survdiff(Surv(time, status) ~ group)}; p as {@code print.survdiff}:
   * {@code pchisq(chisq, df, lower.tail = FALSE)}.
   *
   * @param time observation times
   * @param status 1 = event, 0 = censored
   * @param group group label of each observation
   * @return the test
   */
  public static LogRankResult test(double[] time, int[] status, String[] group) {
    RiskTable.check(time, status, null);
    List<Subset> subsets = Subset.split(group, time.length);
    int g = subsets.size();
    int[] gi = new int[time.length];
    List<String> labels = new ArrayList<>();
    int[] n = new int[g];
    for (int j = 0; j < g; j++) {
      labels.add(subsets.get(j).label());
      n[j] = subsets.get(j).index().length;
      for (int i : subsets.get(j).index()) {
        gi[i] = j;
      }
    }
    RiskTable all = new RiskTable(time, status, RiskTable.unitWeights(time.length));
    int m = all.times.length;
    double[][] atRisk = new double[m][g];
    double[][] events = new double[m][g];
    for (int i = 0; i < time.length; i++) {
      int k = all.timeIndex[i];
      atRisk[k][gi[i]] += 1;
      if (status[i] == 1) {
        events[k][gi[i]] += 1;
      }
    }
    double[] nr = new double[g];
    double[] obs = new double[g];
    double[] exp = new double[g];
    double[][] var = new double[g][g];
    for (int k = m - 1; k >= 0; k--) {
      for (int j = 0; j < g; j++) {
        nr[j] += atRisk[k][j];
      }
      double d = all.nEvent[k];
      if (d == 0) {
        continue;
      }
      double tot = all.nRisk[k];
      for (int j = 0; j < g; j++) {
        obs[j] += events[k][j];
        exp[j] += d * nr[j] / tot;
      }
      if (tot > 1) {
        double f = d * (tot - d) / (tot * tot * (tot - 1));
        for (int a = 0; a < g; a++) {
          for (int b = 0; b < g; b++) {
            var[a][b] += f * nr[a] * ((a == b ? tot : 0) - nr[b]);
          }
        }
      }
    }
    List<Integer> keep = new ArrayList<>();
    for (int j = 0; j < g; j++) {
      if (exp[j] > 0) {
        keep.add(j);
      }
    }
    double chi = 0;
    if (keep.size() >= 2) {
      int q = keep.size() - 1;
      double[][] vv = new double[q][q];
      double[] diff = new double[q];
      for (int a = 0; a < q; a++) {
        diff[a] = obs[keep.get(a + 1)] - exp[keep.get(a + 1)];
        for (int b = 0; b < q; b++) {
          vv[a][b] = var[keep.get(a + 1)][keep.get(b + 1)];
        }
      }
      RealVector x =
          new LUDecomposition(new Array2DRowRealMatrix(vv, false)).getSolver().solve(new ArrayRealVector(diff, false));
      for (int a = 0; a < q; a++) {
        chi += x.getEntry(a) * diff[a];
      }
    }
    int df = keep.size() - 1;
    return new LogRankResult(labels, n, obs, exp, var, chi, df, Distributions.chiSquareUpper(chi, df));
  }
}
