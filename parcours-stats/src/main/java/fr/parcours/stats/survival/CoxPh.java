package fr.parcours.stats.survival;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cox proportional-hazards regression by Newton–Raphson on the log partial likelihood, as R's
 * {@code survival::coxph} (C routine {@code coxfit6}) fits it.
 *
 * <p>References: Cox (1972); Efron (1977); Breslow (1974); Therneau &amp; Grambsch (2000), ch. 3;
 * Kalbfleisch &amp; Prentice (2002), ch. 4.
 */
public final class CoxPh {
  /** R's {@code coxph.control()} defaults: eps = 1e-9, iter.max = 20. */
  public static final double EPS = 1e-9;

  /** R's default maximum number of iterations. */
  public static final int ITER_MAX = 20;

  private CoxPh() {}

  /** {@link #fit(double[], int[], double[][], List, double[], Ties, double)} with Efron ties, 95 % CIs. */
  public static CoxResult fit(double[] time, int[] status, double[][] x, List<String> names) {
    return fit(time, status, x, names, null, Ties.EFRON, 0.95);
  }

  /**
   * Fits a Cox model.
   *
   * <p><b>Likelihood.</b> With η_i = x_iᵀβ, r_i = w_i·exp(η_i), at each distinct event time t with
   * event set D (m = |D| events, total weight w_D) and risk set R = {j : t_j ≥ t}: Breslow adds
   * Σ_{i∈D} w_i η_i − w_D·log Σ_{j∈R} r_j; Efron adds Σ_{i∈D} w_i η_i − (w_D/m)·Σ_{k=0}^{m−1}
   * log(Σ_{j∈R} r_j − (k/m)·Σ_{i∈D} r_i). Score U and information I are its exact first and minus
   * second derivatives.
   *
   * <p><b>Iteration</b> (coxfit6): start at β = 0; step β ← β + I⁻¹U; stop at the first iteration
   * where |1 − ℓ_old/ℓ_new| ≤ 1e-9 and the previous step was not halved, reporting that β and
   * I(β)⁻¹; if ℓ decreases, halve the step back towards the previous β; at most 20 iterations
   * (then {@code converged = false}). Covariates are centred at their weighted means first, which
   * changes nothing but rounding.
   *
   * <p><b>Tests.</b> Coefficient z = β/se with se from I⁻¹ (model-based, not robust), p = 2Φ(−|z|);
   * CI exp(β ± z_{(1+level)/2}·se). Likelihood ratio 2(ℓ(β̂) − ℓ(0)); Wald β̂ᵀ(I⁻¹)⁻¹β̂; score
   * U(0)ᵀI(0)⁻¹U(0) (the log-rank test for a single binary covariate without ties); all with
   * df = number of covariates. Concordance: {@link Concordance#compute} on η − Σβ·mean.
   *
   * <p>R: {@code coxph(Surv(time, status) ~ x1 + x2, ties = "efron", weights = w)} after
   * {@code na.omit}; factors enter as treatment contrasts (dummy columns, first level reference),
   * which the caller builds.
   *
   * @param time observation times
   * @param status 1 = event, 0 = censored
   * @param x covariates, x[i][j] for observation i and covariate j (no NaN)
   * @param names covariate names, one per column
   * @param weights case weights (&gt; 0) or null
   * @param ties tie handling
   * @param confLevel level of the hazard-ratio intervals
   * @return the fit
   * @throws IllegalArgumentException on bad input or a singular information matrix (collinear
   *     covariates)
   */
  public static CoxResult fit(
      double[] time, int[] status, double[][] x, List<String> names, double[] weights, Ties ties, double confLevel) {
    double[] w = RiskTable.check(time, status, weights);
    int n = time.length;
    if (x.length != n) {
      throw new IllegalArgumentException("x must have one row per observation");
    }
    int p = names.size();
    if (p == 0) {
      throw new IllegalArgumentException("at least one covariate is needed");
    }
    double sumW = 0;
    double[] mean = new double[p];
    for (int i = 0; i < n; i++) {
      if (x[i].length != p) {
        throw new IllegalArgumentException("row " + i + " of x has " + x[i].length + " columns, expected " + p);
      }
      sumW += w[i];
      for (int j = 0; j < p; j++) {
        if (!Double.isFinite(x[i][j])) {
          throw new IllegalArgumentException("x[" + i + "][" + j + "] is not finite");
        }
        mean[j] += w[i] * x[i][j];
      }
    }
    for (int j = 0; j < p; j++) {
      mean[j] /= sumW;
    }
    double[][] xc = new double[n][p];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < p; j++) {
        xc[i][j] = x[i][j] - mean[j];
      }
    }
    Integer[] boxed = new Integer[n];
    for (int i = 0; i < n; i++) {
      boxed[i] = i;
    }
    Arrays.sort(boxed, (a, b) -> Double.compare(time[b], time[a]));
    int[] ord = Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    Likelihood lik = new Likelihood(time, status, w, xc, ord, ties);

    double[] beta = new double[p];
    Eval e0 = lik.eval(beta);
    double loglikNull = e0.loglik;
    double[] a = Cholesky.solve(e0.imat, e0.u);
    double score = dot(a, e0.u);
    double[] newBeta = add(beta, a);
    double loglik = loglikNull;
    boolean halving = false;
    boolean converged = false;
    int iter;
    Eval cur = e0;
    for (iter = 1; iter <= ITER_MAX; iter++) {
      cur = lik.eval(newBeta);
      if (Math.abs(1 - loglik / cur.loglik) <= EPS && !halving) {
        converged = true;
        break;
      }
      if (iter == ITER_MAX) {
        break;
      }
      if (cur.loglik < loglik) {
        halving = true;
        for (int j = 0; j < p; j++) {
          newBeta[j] = (newBeta[j] + beta[j]) / 2;
        }
      } else {
        halving = false;
        loglik = cur.loglik;
        beta = newBeta.clone();
        newBeta = add(newBeta, Cholesky.solve(cur.imat, cur.u));
      }
    }
    if (!converged) {
      iter = ITER_MAX + 1; // what R's fit$iter reports when it runs out of iterations
    }
    loglik = cur.loglik;
    beta = newBeta;
    double[][] var = Cholesky.inverse(cur.imat);

    double z975 = ConfidenceBands.z(confLevel);
    List<CoxCoefficient> coefs = new ArrayList<>();
    for (int j = 0; j < p; j++) {
      double se = Math.sqrt(var[j][j]);
      double z = beta[j] / se;
      coefs.add(new CoxCoefficient(names.get(j), beta[j], Math.exp(beta[j]), se, z,
          Distributions.twoSidedNormal(z), Math.exp(beta[j] - z975 * se), Math.exp(beta[j] + z975 * se)));
    }
    double wald = dot(beta, Cholesky.solve(var, beta));
    double lrt = 2 * (loglik - loglikNull);
    double offset = dot(beta, mean);
    double[] lp = new double[n];
    int events = 0;
    for (int i = 0; i < n; i++) {
      lp[i] = dot(x[i], beta) - offset;
      events += status[i];
    }
    ConcordanceResult conc = Concordance.compute(time, status, lp, weights);
    return new CoxResult(List.copyOf(coefs), var, ties, n, events, loglikNull, loglik, iter, converged,
        new ChiSquareTest(lrt, p, Distributions.chiSquareUpper(lrt, p)),
        new ChiSquareTest(wald, p, Distributions.chiSquareUpper(wald, p)),
        new ChiSquareTest(score, p, Distributions.chiSquareUpper(score, p)),
        conc);
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static double[] add(double[] a, double[] b) {
    double[] c = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i] + b[i];
    }
    return c;
  }

  /** Log partial likelihood, score and information at β. */
  record Eval(double loglik, double[] u, double[][] imat) {}

  /** The partial likelihood of one data set; observations visited in descending time order. */
  static final class Likelihood {
    private final double[] time;
    private final int[] status;
    private final double[] w;
    private final double[][] x;
    private final int[] ord;
    private final Ties ties;

    Likelihood(double[] time, int[] status, double[] w, double[][] x, int[] ord, Ties ties) {
      this.time = time;
      this.status = status;
      this.w = w;
      this.x = x;
      this.ord = ord;
      this.ties = ties;
    }

    Eval eval(double[] beta) {
      int p = beta.length;
      int n = time.length;
      double loglik = 0;
      double[] u = new double[p];
      double[][] imat = new double[p][p];
      double denom = 0;
      double[] a = new double[p];
      double[][] cmat = new double[p][p];
      double[] a2 = new double[p];
      double[][] cmat2 = new double[p][p];
      int pos = 0;
      while (pos < n) {
        double t = time[ord[pos]];
        double efronWt = 0;
        double deathWt = 0;
        int nDead = 0;
        Arrays.fill(a2, 0);
        for (double[] row : cmat2) {
          Arrays.fill(row, 0);
        }
        while (pos < n && time[ord[pos]] == t) {
          int i = ord[pos++];
          double zb = dot(x[i], beta);
          double risk = Math.exp(zb) * w[i];
          denom += risk;
          for (int j = 0; j < p; j++) {
            a[j] += risk * x[i][j];
            for (int k = 0; k <= j; k++) {
              cmat[j][k] += risk * x[i][j] * x[i][k];
            }
          }
          if (status[i] == 1) {
            nDead++;
            deathWt += w[i];
            efronWt += risk;
            loglik += w[i] * zb;
            for (int j = 0; j < p; j++) {
              u[j] += w[i] * x[i][j];
              a2[j] += risk * x[i][j];
              for (int k = 0; k <= j; k++) {
                cmat2[j][k] += risk * x[i][j] * x[i][k];
              }
            }
          }
        }
        if (nDead == 0) {
          continue;
        }
        if (nDead < 2 || ties == Ties.BRESLOW) {
          loglik -= deathWt * Math.log(denom);
          for (int j = 0; j < p; j++) {
            double tj = a[j] / denom;
            u[j] -= deathWt * tj;
            for (int k = 0; k <= j; k++) {
              imat[j][k] += deathWt * (cmat[j][k] - tj * a[k]) / denom;
            }
          }
        } else {
          double wtAve = deathWt / nDead;
          for (int m = 0; m < nDead; m++) {
            double frac = (double) m / nDead;
            double d2 = denom - frac * efronWt;
            loglik -= wtAve * Math.log(d2);
            for (int j = 0; j < p; j++) {
              double tj = (a[j] - frac * a2[j]) / d2;
              u[j] -= wtAve * tj;
              for (int k = 0; k <= j; k++) {
                imat[j][k] += wtAve * ((cmat[j][k] - frac * cmat2[j][k]) / d2 - tj * (a[k] - frac * a2[k]) / d2);
              }
            }
          }
        }
      }
      for (int j = 0; j < p; j++) {
        for (int k = 0; k < j; k++) {
          imat[k][j] = imat[j][k];
        }
      }
      return new Eval(loglik, u, imat);
    }
  }
}
