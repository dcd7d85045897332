package fr.parcours.stats.survival;

import java.util.ArrayList;
import java.util.List;

/**
 * Kaplan–Meier product-limit estimator with Greenwood variance and pointwise confidence limits,
 * and the Nelson–Aalen cumulative hazard alongside, as R's {@code survival::survfit} computes them
 * for right-censored data ({@code stype = 1, ctype = 1}, the defaults).
 *
 * <p>Thread-safe (stateless). Cost O(n log n).
 *
 * <p>References: Kaplan &amp; Meier (1958); Greenwood (1926); Therneau &amp; Grambsch (2000),
 * <i>Modeling Survival Data</i>, §2.1; Kalbfleisch &amp; Prentice (2002), §1.4.
 */
public final class KaplanMeier {
  private KaplanMeier() {}

  /** {@link #fit(double[], int[], double[], ConfType, double)} unweighted, log CI, 95 %. */
  public static SurvCurve fit(double[] time, int[] status) {
    return fit(time, status, null, ConfType.LOG, 0.95);
  }

  /**
   * Kaplan–Meier curve of one group.
   *
   * <p><b>Definition.</b> At each distinct time t (events and censorings), with n(t) the weighted
   * number at risk (time ≥ t) and d(t) the weighted number of events at t:
   * S(t) = Π_{s ≤ t} (1 − d(s)/n(s)); H(t) = Σ_{s ≤ t} d(s)/n(s) (Nelson–Aalen).
   *
   * <p><b>Variance.</b> With integer (case) weights or none, as R: Greenwood,
   * {@code std.err}(t) = sqrt(Σ_{s ≤ t} d/(n(n − d))), the standard error of log S(t)
   * ({@code logse = TRUE}; +∞ once n = d); {@code std.chaz}(t) = sqrt(Σ d/n²). With non-integer
   * weights R switches to the robust infinitesimal-jackknife variance (one cluster per observation)
   * and reports the standard error of S(t) itself ({@code logse = FALSE}); so does this method:
   * var = Σ_i (w_i ∂S(t)/∂w_i)², and likewise for H(t).
   *
   * <p><b>Confidence limits</b>: see {@link ConfType}. <b>Median</b>: see {@link MedianSurvival}.
   * Censored observations at an event time are at risk at that time (right-continuous curve).
   *
   * <p>R: {@code survfit(Surv(time, status) ~ 1, weights = w, conf.type = "log", conf.int = 0.95)}.
   *
   * @param time observation times (finite)
   * @param status 1 = event, 0 = censored (see {@link SurvStatus#normalise})
   * @param weights case weights (&gt; 0), or null for unit weights
   * @param confType CI transform
   * @param confLevel CI level in (0, 1)
   * @return the curve, stratum {@code "all"}
   */
  public static SurvCurve fit(double[] time, int[] status, double[] weights, ConfType confType, double confLevel) {
    double[] w = RiskTable.check(time, status, weights);
    return compute("all", time, status, w, confType, confLevel);
  }

  /**
   * One Kaplan–Meier curve per group, groups in R's factor-level order ({@link FactorLevels}).
   * R: {@code survfit(Surv(time, status) ~ group, conf.type = …)}.
   *
   * @param group group label of each observation
   * @return curves in level order
   */
  public static List<SurvCurve> fitByGroup(
      double[] time, int[] status, double[] weights, String[] group, ConfType confType, double confLevel) {
    double[] w = RiskTable.check(time, status, weights);
    List<SurvCurve> out = new ArrayList<>();
    for (Subset s : Subset.split(group, time.length)) {
      out.add(compute(s.label(), s.pick(time), s.pick(status), s.pick(w), confType, confLevel));
    }
    return out;
  }

  static SurvCurve compute(String label, double[] time, int[] status, double[] w, ConfType confType, double confLevel) {
    RiskTable rt = new RiskTable(time, status, w);
    int m = rt.times.length;
    double[] surv = new double[m];
    double[] cumHaz = new double[m];
    double[] greenwood = new double[m];
    double[] nelson = new double[m];
    double s = 1;
    double h = 0;
    double a = 0;
    double b = 0;
    for (int k = 0; k < m; k++) {
      double n = rt.nRisk[k];
      double d = rt.nEvent[k];
      if (d > 0) {
        s *= 1 - d / n;
        h += d / n;
        a += d / (n * (n - d));
        b += d / (n * n);
      }
      surv[k] = s;
      cumHaz[k] = h;
      greenwood[k] = a;
      nelson[k] = b;
    }
    boolean robust = !RiskTable.allIntegers(w);
    double[] stdErr = new double[m];
    double[] stdChaz = new double[m];
    if (!robust) {
      for (int k = 0; k < m; k++) {
        stdErr[k] = Math.sqrt(greenwood[k]);
        stdChaz[k] = Math.sqrt(nelson[k]);
      }
    } else {
      jackknife(rt, status, w, surv, greenwood, nelson, stdErr, stdChaz);
    }
    double[] lower = new double[m];
    double[] upper = new double[m];
    ConfidenceBands.fill(surv, stdErr, !robust, confType, confLevel, lower, upper);
    MedianSurvival median =
        new MedianSurvival(
            ConfidenceBands.firstBelowHalf(surv, rt.times),
            ConfidenceBands.firstBelowHalf(lower, rt.times),
            ConfidenceBands.firstBelowHalf(upper, rt.times));
    return new SurvCurve(label, time.length, rt.times, rt.nRisk, rt.nEvent, rt.nCensor, surv, stdErr,
        cumHaz, stdChaz, lower, upper, !robust, confType, confLevel, median);
  }

  /**
   * Infinitesimal-jackknife standard errors of S and H in closed form. For observation i with time
   * index k_i: ∂S(t)/∂w_i = S(t)·A(t) for t before k_i and S(t)·c_i after, with
   * A(t) = Σ d/(n(n − d)) and c_i = A(k_i) − δ_i/(n − d)(k_i); ∂H(t)/∂w_i = −B(t) before and
   * e_i = δ_i/n(k_i) − B(k_i) after, with B(t) = Σ d/n². Sums of squares over i are then running
   * sums, O(n + m).
   */
  private static void jackknife(RiskTable rt, int[] status, double[] w, double[] surv, double[] a, double[] b,
      double[] stdErr, double[] stdChaz) {
    int m = rt.times.length;
    double[] w2AtTime = new double[m];
    double[] c2AtTime = new double[m];
    double[] e2AtTime = new double[m];
    for (int i = 0; i < w.length; i++) {
      int k = rt.timeIndex[i];
      double w2 = w[i] * w[i];
      w2AtTime[k] += w2;
      double n = rt.nRisk[k];
      double nd = n - rt.nEvent[k];
      if (nd > 0) {
        double c = a[k] - status[i] / nd;
        c2AtTime[k] += w2 * c * c;
      }
      double e = status[i] / n - b[k];
      e2AtTime[k] += w2 * e * e;
    }
    double remaining = 0;
    for (double v : w2AtTime) {
      remaining += v;
    }
    double sumC = 0;
    double sumE = 0;
    for (int k = 0; k < m; k++) {
      remaining -= w2AtTime[k];
      sumC += c2AtTime[k];
      sumE += e2AtTime[k];
      if (surv[k] == 0) {
        stdErr[k] = 0;
      } else {
        stdErr[k] = surv[k] * Math.sqrt(a[k] * a[k] * remaining + sumC);
      }
      stdChaz[k] = Math.sqrt(b[k] * b[k] * remaining + sumE);
    }
  }
}
