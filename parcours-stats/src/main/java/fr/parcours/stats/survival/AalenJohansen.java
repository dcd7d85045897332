package fr.parcours.stats.survival;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Aalen–Johansen estimator of cumulative incidence under competing risks (one initial state,
 * absorbing causes), as R's {@code survfit(Surv(time, factor(cause)) ~ 1)} computes it.
 *
 * <p>References: Aalen &amp; Johansen (1978); Kalbfleisch &amp; Prentice (2002), ch. 8; Therneau,
 * Crowson &amp; Atkinson, <i>Multi-state models and competing risks</i> (survival vignette).
 */
public final class AalenJohansen {
  private AalenJohansen() {}

  /**
   * Cumulative incidence functions.
   *
   * <p><b>Definition.</b> At each distinct time t, with n(t) the weighted number still event-free
   * and at risk, d_k(t) the weighted number failing from cause k and d = Σ_k d_k:
   * S(t) = Π_{s ≤ t}(1 − d(s)/n(s)) and CIF_k(t) = Σ_{s ≤ t} S(s−)·d_k(s)/n(s). Without
   * competing causes CIF = 1 − Kaplan–Meier.
   *
   * <p><b>Variance.</b> The infinitesimal jackknife R uses for multi-state curves: for each
   * observation i, U_i(t) = ∂p(t)/∂w_i, and var p(t) = Σ_i (w_i·U_i(t))². Writing
   * h = d/n, A(t) = Σ d/(n(n − d)) and, for observation i with time T_i and event indicator δ_i,
   * c_i = A(T_i) − δ_i/(n − d)(T_i): U_i(t) = S(t)·A(t) before T_i and S(t)·c_i after for S; for
   * CIF_k, U_i(t) = G_k(t) = Σ_{s ≤ t} S(s−)h_k(s)(A(s−) − 1/n(s)) before T_i and
   * G_k(T_i) + S(T_i−)δ_ik/n(T_i) + c_i·(CIF_k(t) − CIF_k(T_i)) after. These are running sums, so
   * the cost is O(n log n + m·K) for m times and K causes.
   *
   * <p><b>Limits</b>: {@link ConfType} applied to the standard error of p (R's {@code logse = FALSE}).
   *
   * <p>R: {@code survfit(Surv(time, factor(cause)) ~ 1, weights = w)} where 0 is the first factor
   * level (censoring); {@code fit$pstate}, {@code fit$std.err}, {@code fit$lower}, {@code fit$upper}.
   *
   * @param time observation times
   * @param cause 0 = censored, k ≥ 1 = failed from cause k
   * @param weights case weights (&gt; 0) or null
   * @param confType CI transform
   * @param confLevel CI level
   * @return state probabilities, stratum {@code "all"}
   */
  public static CifCurve fit(double[] time, int[] cause, double[] weights, ConfType confType, double confLevel) {
    double[] w = RiskTable.check(time, toStatus(cause), weights);
    return compute("all", time, cause, w, confType, confLevel);
  }

  /**
   * One set of curves per group, in R factor-level order. R:
   * {@code survfit(Surv(time, factor(cause)) ~ group)}.
   */
  public static List<CifCurve> fitByGroup(
      double[] time, int[] cause, double[] weights, String[] group, ConfType confType, double confLevel) {
    double[] w = RiskTable.check(time, toStatus(cause), weights);
    List<CifCurve> out = new ArrayList<>();
    for (Subset s : Subset.split(group, time.length)) {
      out.add(compute(s.label(), s.pick(time), s.pick(cause), s.pick(w), confType, confLevel));
    }
    return out;
  }

  private static int[] toStatus(int[] cause) {
    int[] st = new int[cause.length];
    for (int i = 0; i < cause.length; i++) {
      if (cause[i] < 0) {
        throw new IllegalArgumentException("cause[" + i + "] is negative: " + cause[i]);
      }
      st[i] = cause[i] > 0 ? 1 : 0;
    }
    return st;
  }

  static CifCurve compute(String label, double[] time, int[] cause, double[] w, ConfType confType, double confLevel) {
    int n = time.length;
    int[] status = toStatus(cause);
    TreeSet<Integer> codes = new TreeSet<>();
    for (int c : cause) {
      if (c > 0) {
        codes.add(c);
      }
    }
    List<Integer> causeList = new ArrayList<>(codes);
    int nk = causeList.size();
    int[] ci = new int[n]; // 0 = censored, 1..K index into causeList
    for (int i = 0; i < n; i++) {
      ci[i] = cause[i] == 0 ? 0 : causeList.indexOf(cause[i]) + 1;
    }
    RiskTable rt = new RiskTable(time, status, w);
    RiskTable counts = new RiskTable(time, status, RiskTable.unitWeights(n));
    int m = rt.times.length;
    double[][] dk = new double[nk + 1][m];
    double[][] nEvent = new double[nk + 1][m];
    for (int i = 0; i < n; i++) {
      if (ci[i] > 0) {
        dk[ci[i]][rt.timeIndex[i]] += w[i];
        nEvent[ci[i]][rt.timeIndex[i]] += 1;
        nEvent[0][rt.timeIndex[i]] += 1;
      }
    }
    double[][] p = new double[nk + 1][m];
    double[] sBefore = new double[m];
    double[] aBefore = new double[m];
    double[] a = new double[m];
    double[][] g = new double[nk + 1][m];
    double s = 1;
    double acc = 0;
    double[] f = new double[nk + 1];
    double[] gk = new double[nk + 1];
    for (int k = 0; k < m; k++) {
      double nr = rt.nRisk[k];
      double d = rt.nEvent[k];
      sBefore[k] = s;
      aBefore[k] = acc;
      if (d > 0) {
        for (int c = 1; c <= nk; c++) {
          double hk = dk[c][k] / nr;
          f[c] += s * hk;
          gk[c] += s * hk * (acc - 1 / nr);
        }
        s *= 1 - d / nr;
        acc += d / (nr * (nr - d));
      }
      a[k] = acc;
      p[0][k] = s;
      for (int c = 1; c <= nk; c++) {
        p[c][k] = f[c];
        g[c][k] = gk[c];
      }
    }
    // Per-time sums over observations whose time is at that index.
    double[] w2At = new double[m];
    double[] c2At = new double[m];
    double[][] a2At = new double[nk + 1][m];
    double[][] acAt = new double[nk + 1][m];
    for (int i = 0; i < n; i++) {
      int k = rt.timeIndex[i];
      double w2 = w[i] * w[i];
      w2At[k] += w2;
      double nr = rt.nRisk[k];
      double nd = nr - rt.nEvent[k];
      double c = nd > 0 ? a[k] - status[i] / nd : 0;
      c2At[k] += w2 * c * c;
      for (int q = 1; q <= nk; q++) {
        double aiq = g[q][k] + (ci[i] == q ? sBefore[k] / nr : 0) - c * p[q][k];
        a2At[q][k] += w2 * aiq * aiq;
        acAt[q][k] += w2 * aiq * c;
      }
    }
    double remaining = 0;
    for (double v : w2At) {
      remaining += v;
    }
    double[][] se = new double[nk + 1][m];
    double sumC2 = 0;
    double[] sumA2 = new double[nk + 1];
    double[] sumAc = new double[nk + 1];
    for (int k = 0; k < m; k++) {
      remaining -= w2At[k];
      sumC2 += c2At[k];
      se[0][k] = p[0][k] == 0 ? 0 : p[0][k] * Math.sqrt(a[k] * a[k] * remaining + sumC2);
      for (int q = 1; q <= nk; q++) {
        sumA2[q] += a2At[q][k];
        sumAc[q] += acAt[q][k];
        double fq = p[q][k];
        double v = g[q][k] * g[q][k] * remaining + sumA2[q] + 2 * fq * sumAc[q] + fq * fq * sumC2;
        se[q][k] = Math.sqrt(Math.max(v, 0));
      }
    }
    double[][] lower = new double[nk + 1][m];
    double[][] upper = new double[nk + 1][m];
    for (int q = 0; q <= nk; q++) {
      ConfidenceBands.fill(p[q], se[q], false, confType, confLevel, lower[q], upper[q]);
    }
    List<String> states = new ArrayList<>();
    states.add("(s0)");
    for (int c : causeList) {
      states.add(Integer.toString(c));
    }
    return new CifCurve(label, n, List.copyOf(states), rt.times, counts.nRisk, nEvent, p, se, lower, upper,
        confType, confLevel);
  }
}
