package fr.parcours.stats.effect;

import fr.parcours.stats.regression.LogisticFit;
import fr.parcours.stats.regression.LogisticOptions;
import fr.parcours.stats.regression.LogisticRegression;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Effect of a binary treatment on an outcome by inverse probability weighting on a propensity
 * score, with a bootstrap percentile interval and balance diagnostics.
 *
 * <p>Estimator (Hájek, i.e. normalised IPW; Hernán &amp; Robins 2020, §12.2; Austin &amp; Stuart
 * 2015):
 *
 * <ol>
 *   <li>Propensity eᵢ = P(Tᵢ = 1 | xᵢ) by {@link LogisticRegression} of T on the covariates with an
 *       intercept (R: {@code fitted(glm(T ~ x, family = binomial))}); optionally clamped to
 *       [a, 1 − a] ({@link Truncation.Kind#PROPENSITY_BOUNDS}).
 *   <li>Weights: ATE, stabilised, wᵢ = Tᵢ·p/eᵢ + (1 − Tᵢ)·(1 − p)/(1 − eᵢ) with p = mean(T);
 *       ATT, wᵢ = Tᵢ + (1 − Tᵢ)·eᵢ/(1 − eᵢ). Optionally winsorised at quantiles
 *       ({@link Truncation.Kind#WEIGHT_QUANTILES}).
 *   <li>Estimate m₁ − m₀ with m₁ = Σ Tᵢwᵢyᵢ / Σ Tᵢwᵢ and m₀ = Σ (1 − Tᵢ)wᵢyᵢ / Σ (1 − Tᵢ)wᵢ
 *       (R: {@code weighted.mean(y[T], w[T]) - weighted.mean(y[!T], w[!T])}). Because each group
 *       is normalised by its own sum of weights, stabilisation does not change the estimate (it
 *       only makes the weights average about 1).
 * </ol>
 *
 * <p>Interval: nonparametric bootstrap resampling persons with replacement (B resamples); in each
 * resample the propensity model is refitted and the whole estimator (including truncation)
 * recomputed; the interval is the α/2 and 1 − α/2 quantiles (type 7) of the replicate estimates.
 * Resample b uses the b-th {@link SplittableRandom#split()} of {@code new
 * SplittableRandom(seed)}, so the result is deterministic for a seed, although replicates run in
 * parallel.
 *
 * <p>The outcome may be binary (risk difference) or any finite number (difference in means).
 * Identification assumes no unmeasured confounding, positivity and a correct propensity model.
 *
 * <p>References: Hernán MA, Robins JM (2020). <i>Causal Inference: What If</i>. Chapman &amp;
 * Hall/CRC; Austin PC, Stuart EA (2015). Moving towards best practice when using inverse
 * probability of treatment weighting. <i>Statistics in Medicine</i> 34(28), 3661–3679; Cole SR,
 * Hernán MA (2008). Constructing inverse probability weights for marginal structural models.
 * <i>American Journal of Epidemiology</i> 168(6), 656–664.
 */
public final class Ipw {

  private Ipw() {}

  /**
   * Estimates the effect of T on Y.
   *
   * @param treatment Tᵢ ∈ {0, 1} per person
   * @param outcome yᵢ per person (finite)
   * @param covariates n × q numeric covariates of the propensity model (an intercept is added)
   * @param names q covariate names (for the model and the balance table), or empty
   * @param settings estimand, truncation, bootstrap
   * @return estimate, naive difference, weights, balance, interval
   * @throws IllegalArgumentException on inconsistent sizes or values, or when a group is empty
   */
  public static IpwResult estimate(
      int[] treatment, double[] outcome, double[][] covariates, List<String> names, IpwSettings settings) {
    int n = treatment.length;
    if (outcome.length != n || covariates.length != n) {
      throw new IllegalArgumentException(
          "treatment, outcome and covariates must have the same length: " + n + ", "
              + outcome.length + ", " + covariates.length);
    }
    int q = n == 0 ? names.size() : covariates[0].length;
    List<String> cov = names.isEmpty() ? defaultNames(q) : List.copyOf(names);
    if (cov.size() != q) {
      throw new IllegalArgumentException(cov.size() + " names for " + q + " covariates");
    }
    for (int i = 0; i < n; i++) {
      if (treatment[i] != 0 && treatment[i] != 1) {
        throw new IllegalArgumentException("treatment[" + i + "] must be 0 or 1, got " + treatment[i]);
      }
      if (!Double.isFinite(outcome[i])) {
        throw new IllegalArgumentException("outcome[" + i + "] is not finite");
      }
    }
    Core core = core(treatment, outcome, covariates, cov, settings);
    if (core == null) {
      throw new IllegalArgumentException("both treated and control persons are needed");
    }

    double[] ones = new double[n];
    Arrays.fill(ones, 1.0);
    double naive = weightedMean(outcome, ones, treatment, 1) - weightedMean(outcome, ones, treatment, 0);

    List<Balance> balance = new ArrayList<>(q);
    for (int j = 0; j < q; j++) {
      double[] x = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = covariates[i][j];
      }
      double m1 = weightedMean(x, ones, treatment, 1);
      double m0 = weightedMean(x, ones, treatment, 0);
      double s = Math.sqrt((variance(x, treatment, 1, m1) + variance(x, treatment, 0, m0)) / 2);
      double w1 = weightedMean(x, core.weights, treatment, 1);
      double w0 = weightedMean(x, core.weights, treatment, 0);
      double before = s > 0 ? (m1 - m0) / s : Double.NaN;
      double after = s > 0 ? (w1 - w0) / s : Double.NaN;
      balance.add(new Balance(cov.get(j), m1, m0, w1, w0, s, before, after));
    }

    Optional<BootstrapInterval> interval = Optional.empty();
    int b = settings.bootstrapReplicates();
    if (b > 0) {
      interval = Optional.of(bootstrap(treatment, outcome, covariates, cov, settings));
    }
    return new IpwResult(settings.estimand(), core.mu1 - core.mu0, core.mu1, core.mu0, naive,
        core.model, core.propensity, core.weights, kish(core.weights, treatment, 1),
        kish(core.weights, treatment, 0), balance, interval);
  }

  private record Core(LogisticFit model, double[] propensity, double[] weights, double mu1, double mu0) {}

  /** Propensity, weights and Hájek means; null if a group is empty or the model cannot be fitted. */
  private static Core core(
      int[] t, double[] y, double[][] x, List<String> names, IpwSettings settings) {
    int n = t.length;
    int treated = 0;
    for (int v : t) {
      treated += v;
    }
    if (treated == 0 || treated == n) {
      return null;
    }
    double[] tt = new double[n];
    for (int i = 0; i < n; i++) {
      tt[i] = t[i];
    }
    LogisticFit model;
    try {
      model = LogisticRegression.fit(x, tt, null,
          LogisticOptions.named(names.toArray(new String[0])));
    } catch (IllegalArgumentException | IllegalStateException e) {
      return null;
    }
    double[] e = model.fitted();
    Truncation tr = settings.truncation();
    if (tr.kind() == Truncation.Kind.PROPENSITY_BOUNDS) {
      for (int i = 0; i < n; i++) {
        e[i] = Math.min(Math.max(e[i], tr.level()), 1 - tr.level());
      }
    }
    double p = (double) treated / n;
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      w[i] = switch (settings.estimand()) {
        case ATE -> t[i] == 1 ? p / e[i] : (1 - p) / (1 - e[i]);
        case ATT -> t[i] == 1 ? 1.0 : e[i] / (1 - e[i]);
      };
    }
    if (tr.kind() == Truncation.Kind.WEIGHT_QUANTILES) {
      double[] sorted = w.clone();
      Arrays.sort(sorted);
      double lo = quantile7(sorted, tr.level());
      double hi = quantile7(sorted, 1 - tr.level());
      for (int i = 0; i < n; i++) {
        w[i] = Math.min(Math.max(w[i], lo), hi);
      }
    }
    return new Core(model, e, w, weightedMean(y, w, t, 1), weightedMean(y, w, t, 0));
  }

  private static BootstrapInterval bootstrap(
      int[] t, double[] y, double[][] x, List<String> names, IpwSettings settings) {
    int n = t.length;
    int b = settings.bootstrapReplicates();
    SplittableRandom root = new SplittableRandom(settings.seed());
    SplittableRandom[] rngs = new SplittableRandom[b];
    for (int r = 0; r < b; r++) {
      rngs[r] = root.split();
    }
    double[] est = IntStream.range(0, b).parallel().mapToDouble(r -> {
      SplittableRandom rng = rngs[r];
      int[] tb = new int[n];
      double[] yb = new double[n];
      double[][] xb = new double[n][];
      for (int i = 0; i < n; i++) {
        int k = rng.nextInt(n);
        tb[i] = t[k];
        yb[i] = y[k];
        xb[i] = x[k];
      }
      Core c = core(tb, yb, xb, names, settings);
      return c == null ? Double.NaN : c.mu1 - c.mu0;
    }).toArray();
    double[] ok = Arrays.stream(est).filter(v -> !Double.isNaN(v)).sorted().toArray();
    double alpha = 1 - settings.confidenceLevel();
    if (ok.length < 2) {
      return new BootstrapInterval(Double.NaN, Double.NaN, settings.confidenceLevel(), Double.NaN, b, ok.length);
    }
    double mean = Arrays.stream(ok).average().orElse(Double.NaN);
    double ss = 0;
    for (double v : ok) {
      ss += (v - mean) * (v - mean);
    }
    return new BootstrapInterval(quantile7(ok, alpha / 2), quantile7(ok, 1 - alpha / 2),
        settings.confidenceLevel(), Math.sqrt(ss / (ok.length - 1)), b, ok.length);
  }

  /** R's quantile type 7 on sorted data: h = (n − 1)p, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]). */
  static double quantile7(double[] sorted, double prob) {
    double h = (sorted.length - 1) * prob;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  private static double weightedMean(double[] v, double[] w, int[] t, int group) {
    double sw = 0;
    double swv = 0;
    for (int i = 0; i < v.length; i++) {
      if (t[i] == group) {
        sw += w[i];
        swv += w[i] * v[i];
      }
    }
    return swv / sw;
  }

  private static double variance(double[] v, int[] t, int group, double mean) {
    double ss = 0;
    int count = 0;
    for (int i = 0; i < v.length; i++) {
      if (t[i] == group) {
        ss += (v[i] - mean) * (v[i] - mean);
        count++;
      }
    }
    return count > 1 ? ss / (count - 1) : Double.NaN;
  }

  private static double kish(double[] w, int[] t, int group) {
    double s = 0;
    double s2 = 0;
    for (int i = 0; i < w.length; i++) {
      if (t[i] == group) {
        s += w[i];
        s2 += w[i] * w[i];
      }
    }
    return s * s / s2;
  }

  private static List<String> defaultNames(int q) {
    List<String> l = new ArrayList<>();
    for (int j = 1; j <= q; j++) {
      l.add("x" + j);
    }
    return l;
  }
}
