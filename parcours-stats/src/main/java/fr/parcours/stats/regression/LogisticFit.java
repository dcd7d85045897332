package fr.parcours.stats.regression;

import java.util.List;

/**
 * A fitted logistic regression (R's {@code glm(family = binomial)} object, the parts we use).
 *
 * @param coefficients coefficient table, intercept first when present
 * @param covariance (XᵀWX)⁻¹ at the last IRLS iteration (R's {@code vcov(fit)}), p×p
 * @param deviance residual deviance Σ 2wᵢ[yᵢ log(yᵢ/μᵢ) + (1−yᵢ) log((1−yᵢ)/(1−μᵢ))]
 * @param nullDeviance deviance of the intercept-only model (μ = Σwy/Σw), or of μ = 0.5 without
 *     intercept
 * @param aic R's AIC: −2 Σ_{wᵢ&gt;0} log dbinom(round(wᵢyᵢ), round(wᵢ), μᵢ) + 2p
 * @param iterations number of IRLS iterations (R's {@code iter})
 * @param converged whether the relative deviance change fell below epsilon (R's {@code converged})
 * @param boundary whether some fitted probability is within 10·ε of 0 or 1 (R warns "fitted
 *     probabilities numerically 0 or 1 occurred": possible separation)
 * @param dfResidual number of observations with positive weight minus p
 * @param dfNull number of observations with positive weight minus 1 (or minus 0 without intercept)
 * @param fitted fitted probabilities μᵢ for every observation
 * @param linearPredictor ηᵢ = xᵢᵀβ̂ for every observation
 */
public record LogisticFit(
    List<Coefficient> coefficients,
    double[][] covariance,
    double deviance,
    double nullDeviance,
    double aic,
    int iterations,
    boolean converged,
    boolean boundary,
    int dfResidual,
    int dfNull,
    double[] fitted,
    double[] linearPredictor) {

  /** Defensive copies. */
  public LogisticFit {
    coefficients = List.copyOf(coefficients);
    covariance = copy(covariance);
    fitted = fitted.clone();
    linearPredictor = linearPredictor.clone();
  }

  @Override
  public double[][] covariance() {
    return copy(covariance);
  }

  @Override
  public double[] fitted() {
    return fitted.clone();
  }

  @Override
  public double[] linearPredictor() {
    return linearPredictor.clone();
  }

  /** The estimates β̂ in term order. */
  public double[] estimates() {
    return coefficients.stream().mapToDouble(Coefficient::estimate).toArray();
  }

  /** The coefficient row of a term. */
  public Coefficient coefficient(String term) {
    return coefficients.stream()
        .filter(c -> c.term().equals(term))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no term " + term));
  }

  private static double[][] copy(double[][] m) {
    double[][] c = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      c[i] = m[i].clone();
    }
    return c;
  }
}
