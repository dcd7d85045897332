package fr.parcours.stats.regression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.util.CombinatoricsUtils;

/**
 * Logistic regression (binomial GLM, logit link) fitted by iteratively reweighted least squares,
 * exactly as R's {@code glm(y ~ x, family = binomial, weights = w)} ({@code glm.fit}).
 *
 * <p>Model: P(yᵢ = 1) = μᵢ = 1/(1 + e^{−ηᵢ}), ηᵢ = xᵢᵀβ. The responses yᵢ are in [0, 1]
 * (0/1, or proportions with the number of trials as prior weight, as in R); the prior weights
 * wᵢ ≥ 0 multiply each observation's log-likelihood; observations with wᵢ = 0 are left out of
 * the fit (R's {@code good}).
 *
 * <p>Algorithm (R's {@code glm.fit}): start at μ⁰ = (wy + 0.5)/(w + 1), η⁰ = logit μ⁰; iterate
 * zᵢ = ηᵢ + (yᵢ − μᵢ)/μ'(ηᵢ), Wᵢ = wᵢ μ'(ηᵢ)²/(μᵢ(1 − μᵢ)), β = argmin Σ Wᵢ(zᵢ − xᵢᵀβ)² (by
 * Householder QR of √W X), until |dev − dev_old|/(|dev| + 0.1) &lt; ε (1e-8) or 25 iterations. As
 * R's C code, μ is clamped to [ε_m, 1 − ε_m] when |η| &gt; 30 and μ'(η) ≥ ε_m (ε_m = machine
 * epsilon). The covariance (XᵀWX)⁻¹ uses the weights W of the last iteration, as
 * {@code summary.glm}; the dispersion is 1.
 *
 * <p>Not supported: offsets, rank-deficient designs (R drops aliased columns; here an
 * {@link IllegalArgumentException} names the collinear column).
 *
 * <p>Thread-safe (stateless). References: McCullagh P, Nelder JA (1989). <i>Generalized Linear
 * Models</i>, 2nd ed., Chapman &amp; Hall, §2.5 and §4.4; R Core Team, {@code stats/R/glm.R}.
 */
public final class LogisticRegression {

  private static final double EPS = Math.ulp(1.0);
  private static final double THRESH = 30.0;

  private LogisticRegression() {}

  /** Unweighted fit with intercept: R's {@code glm(y ~ x, family = binomial)}. */
  public static LogisticFit fit(double[][] x, double[] y) {
    return fit(x, y, null, LogisticOptions.defaults());
  }

  /** Weighted fit with intercept: R's {@code glm(y ~ x, family = binomial, weights = w)}. */
  public static LogisticFit fit(double[][] x, double[] y, double[] weights) {
    return fit(x, y, weights, LogisticOptions.defaults());
  }

  /**
   * Fits the model.
   *
   * @param x n × q covariate matrix (numeric; factors already coded as 0/1 dummies)
   * @param y n responses in [0, 1]
   * @param weights n prior weights ≥ 0, or {@code null} for all 1
   * @param options intercept, names, convergence control, confidence level
   * @return coefficient table, deviances, AIC, iterations, fitted values
   * @throws IllegalArgumentException on inconsistent sizes, invalid values, a rank-deficient
   *     design or fewer usable observations than coefficients
   */
  public static LogisticFit fit(double[][] x, double[] y, double[] weights, LogisticOptions options) {
    final int n = y.length;
    if (x.length != n) {
      throw new IllegalArgumentException("x has " + x.length + " rows but y has " + n + " values");
    }
    double[] w = weights == null ? filled(n, 1.0) : weights.clone();
    if (w.length != n) {
      throw new IllegalArgumentException("weights has " + w.length + " values, expected " + n);
    }
    boolean intercept = options.intercept() == Intercept.INCLUDED;
    int q = n == 0 ? options.names().size() : x[0].length;
    int p = q + (intercept ? 1 : 0);
    List<String> terms = termNames(options, q, intercept);
    double[][] design = new double[n][p];
    double[] yy = y.clone();
    for (int i = 0; i < n; i++) {
      if (x[i].length != q) {
        throw new IllegalArgumentException("row " + (i + 1) + " of x has " + x[i].length + " values, expected " + q);
      }
      if (!(w[i] >= 0) || Double.isInfinite(w[i])) {
        throw new IllegalArgumentException("weight " + (i + 1) + " must be finite and ≥ 0, got " + w[i]);
      }
      if (!(yy[i] >= 0 && yy[i] <= 1)) {
        throw new IllegalArgumentException("y[" + (i + 1) + "] must be in [0, 1], got " + yy[i]);
      }
      if (w[i] == 0) {
        yy[i] = 0; // as R's binomial()$initialize
      }
      int c = 0;
      if (intercept) {
        design[i][c++] = 1.0;
      }
      for (int j = 0; j < q; j++) {
        if (!Double.isFinite(x[i][j])) {
          throw new IllegalArgumentException("x[" + (i + 1) + "][" + (j + 1) + "] is not finite: remove or impute missing values first");
        }
        design[i][c++] = x[i][j];
      }
    }
    int[] good = goodRows(w);
    if (good.length < p) {
      throw new IllegalArgumentException(
          good.length + " observations with positive weight for " + p + " coefficients");
    }

    double[] eta = new double[n];
    double[] mu = new double[n];
    for (int i = 0; i < n; i++) {
      double mustart = (w[i] * yy[i] + 0.5) / (w[i] + 1);
      eta[i] = Math.log(mustart / (1 - mustart));
      mu[i] = linkinv(eta[i]);
    }
    double devold = deviance(yy, mu, w);
    double dev = devold;
    double[] beta = new double[p];
    RealMatrix rFactor = null;
    boolean conv = false;
    int iter;
    GlmControl control = options.control();
    for (iter = 1; iter <= control.maxIterations(); iter++) {
      double[][] wx = new double[good.length][p];
      double[] wz = new double[good.length];
      for (int g = 0; g < good.length; g++) {
        int i = good[g];
        double me = muEta(eta[i]);
        double z = eta[i] + (yy[i] - mu[i]) / me;
        double sw = Math.sqrt(w[i] * me * me / (mu[i] * (1 - mu[i])));
        for (int j = 0; j < p; j++) {
          wx[g][j] = design[i][j] * sw;
        }
        wz[g] = z * sw;
      }
      RealMatrix a = new Array2DRowRealMatrix(wx, false);
      QRDecomposition qr = new QRDecomposition(a);
      RealMatrix r = qr.getR().getSubMatrix(0, p - 1, 0, p - 1);
      checkRank(a, r, terms);
      beta = qr.getSolver().solve(new ArrayRealVector(wz, false)).toArray();
      rFactor = r;
      for (int i = 0; i < n; i++) {
        double e = 0.0;
        for (int j = 0; j < p; j++) {
          e += design[i][j] * beta[j];
        }
        eta[i] = e;
        mu[i] = linkinv(e);
      }
      dev = deviance(yy, mu, w);
      if (!Double.isFinite(dev)) {
        throw new IllegalStateException("non-finite deviance at iteration " + iter);
      }
      if (Math.abs(dev - devold) / (Math.abs(dev) + 0.1) < control.epsilon()) {
        conv = true;
        break;
      }
      devold = dev;
    }
    if (!conv) {
      iter = control.maxIterations();
    }
    boolean boundary = false;
    for (int i : good) {
      if (mu[i] > 1 - 10 * EPS || mu[i] < 10 * EPS) {
        boundary = true;
      }
    }

    double[][] cov = unscaledCovariance(rFactor);
    double zq = new NormalDistribution(0, 1).inverseCumulativeProbability((1 + options.confidenceLevel()) / 2);
    List<Coefficient> table = new ArrayList<>(p);
    for (int j = 0; j < p; j++) {
      double se = Math.sqrt(cov[j][j]);
      double zv = beta[j] / se;
      double pv = 2 * normalUpperTail(Math.abs(zv));
      double lo = beta[j] - zq * se;
      double hi = beta[j] + zq * se;
      table.add(new Coefficient(terms.get(j), beta[j], se, zv, pv, lo, hi,
          Math.exp(beta[j]), Math.exp(lo), Math.exp(hi)));
    }

    double wtdmu;
    if (intercept) {
      double sw = 0;
      double swy = 0;
      for (int i = 0; i < n; i++) {
        sw += w[i];
        swy += w[i] * yy[i];
      }
      wtdmu = swy / sw;
    } else {
      wtdmu = 0.5;
    }
    double nullDev = 0;
    for (int i = 0; i < n; i++) {
      nullDev += devResid(yy[i], wtdmu, w[i]);
    }
    double aic = 0;
    for (int i = 0; i < n; i++) {
      if (w[i] > 0) {
        aic += logDbinom(Math.rint(w[i] * yy[i]), Math.rint(w[i]), mu[i]);
      }
    }
    aic = -2 * aic + 2 * p;
    int nOk = good.length;
    return new LogisticFit(table, cov, dev, nullDev, aic, iter, conv, boundary, nOk - p,
        nOk - (intercept ? 1 : 0), mu, eta);
  }

  /** R's logit linkinv with clamping: μ = e^η/(1 + e^η), e^η replaced by ε or 1/ε beyond ±30. */
  static double linkinv(double eta) {
    double tmp = eta < -THRESH ? EPS : (eta > THRESH ? 1 / EPS : Math.exp(eta));
    return tmp / (1 + tmp);
  }

  /** R's logit mu.eta: dμ/dη = e^η/(1 + e^η)², ε beyond ±30. */
  static double muEta(double eta) {
    double opexp = 1 + Math.exp(eta);
    return (eta > THRESH || eta < -THRESH) ? EPS : Math.exp(eta) / (opexp * opexp);
  }

  /** R's binomial dev.resids: 2w[y log(y/μ) + (1 − y) log((1 − y)/(1 − μ))], 0·log 0 = 0. */
  static double devResid(double y, double mu, double w) {
    return 2 * w * (ylogy(y, mu) + ylogy(1 - y, 1 - mu));
  }

  private static double ylogy(double y, double mu) {
    return y != 0 ? y * Math.log(y / mu) : 0;
  }

  private static double deviance(double[] y, double[] mu, double[] w) {
    double d = 0;
    for (int i = 0; i < y.length; i++) {
      d += devResid(y[i], mu[i], w[i]);
    }
    return d;
  }

  /** log of the binomial probability of k successes in m trials with probability p. */
  static double logDbinom(double k, double m, double p) {
    if (m == 0) {
      return 0.0;
    }
    double lc = CombinatoricsUtils.binomialCoefficientLog((int) m, (int) k);
    double a = k == 0 ? 0 : k * Math.log(p);
    double b = k == m ? 0 : (m - k) * Math.log1p(-p);
    return lc + a + b;
  }

  /** Upper tail of the standard normal, 1 − Φ(z), accurate far in the tail. */
  static double normalUpperTail(double z) {
    return 0.5 * org.apache.commons.math3.special.Erf.erfc(z / Math.sqrt(2.0));
  }

  private static double[][] unscaledCovariance(RealMatrix r) {
    int p = r.getRowDimension();
    // Rinv upper triangular by back substitution, then Rinv Rinvᵀ (R's chol2inv)
    double[][] inv = new double[p][p];
    for (int j = 0; j < p; j++) {
      inv[j][j] = 1 / r.getEntry(j, j);
      for (int i = j - 1; i >= 0; i--) {
        double s = 0;
        for (int k = i + 1; k <= j; k++) {
          s += r.getEntry(i, k) * inv[k][j];
        }
        inv[i][j] = -s / r.getEntry(i, i);
      }
    }
    double[][] cov = new double[p][p];
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < p; j++) {
        double s = 0;
        for (int k = Math.max(i, j); k < p; k++) {
          s += inv[i][k] * inv[j][k];
        }
        cov[i][j] = s;
      }
    }
    return cov;
  }

  /** Rank check as LINPACK dqrdc2 (tolerance 1e-7 relative to the column norm). */
  private static void checkRank(RealMatrix a, RealMatrix r, List<String> terms) {
    for (int j = 0; j < r.getColumnDimension(); j++) {
      double norm = a.getColumnVector(j).getNorm();
      if (norm == 0 || Math.abs(r.getEntry(j, j)) < 1e-7 * norm) {
        throw new IllegalArgumentException(
            "design matrix is rank-deficient: column '" + terms.get(j)
                + "' is constant or collinear with the previous columns");
      }
    }
  }

  private static List<String> termNames(LogisticOptions options, int q, boolean intercept) {
    List<String> terms = new ArrayList<>();
    if (intercept) {
      terms.add("(Intercept)");
    }
    if (options.names().isEmpty()) {
      for (int j = 1; j <= q; j++) {
        terms.add("x" + j);
      }
    } else if (options.names().size() == q) {
      terms.addAll(options.names());
    } else {
      throw new IllegalArgumentException(
          options.names().size() + " names for " + q + " covariate columns");
    }
    return terms;
  }

  private static int[] goodRows(double[] w) {
    return java.util.stream.IntStream.range(0, w.length).filter(i -> w[i] > 0).toArray();
  }

  private static double[] filled(int n, double v) {
    double[] a = new double[n];
    Arrays.fill(a, v);
    return a;
  }
}
