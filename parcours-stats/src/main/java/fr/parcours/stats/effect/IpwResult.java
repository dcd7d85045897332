package fr.parcours.stats.effect;

import fr.parcours.stats.regression.LogisticFit;
import java.util.List;
import java.util.Optional;

/**
 * Result of {@link Ipw#estimate}.
 *
 * @param estimand ATE or ATT
 * @param estimate Hájek IPW estimate m₁ − m₀
 * @param meanTreated m₁ = Σ Tᵢwᵢyᵢ / Σ Tᵢwᵢ
 * @param meanControl m₀ = Σ (1 − Tᵢ)wᵢyᵢ / Σ (1 − Tᵢ)wᵢ
 * @param naiveDifference unweighted difference of the group means of the outcome
 * @param propensityModel the logistic model of T on the covariates (with intercept)
 * @param propensity fitted propensity scores (after clamping when
 *     {@link Truncation.Kind#PROPENSITY_BOUNDS})
 * @param weights the weights used (after truncation)
 * @param effectiveSizeTreated Kish's (Σw)²/Σw² among the treated
 * @param effectiveSizeControl Kish's (Σw)²/Σw² among the controls
 * @param balance balance of each covariate before/after weighting
 * @param bootstrap percentile interval, empty when B = 0
 */
public record IpwResult(
    Estimand estimand,
    double estimate,
    double meanTreated,
    double meanControl,
    double naiveDifference,
    LogisticFit propensityModel,
    double[] propensity,
    double[] weights,
    double effectiveSizeTreated,
    double effectiveSizeControl,
    List<Balance> balance,
    Optional<BootstrapInterval> bootstrap) {

  /** Defensive copies. */
  public IpwResult {
    propensity = propensity.clone();
    weights = weights.clone();
    balance = List.copyOf(balance);
  }

  @Override
  public double[] propensity() {
    return propensity.clone();
  }

  @Override
  public double[] weights() {
    return weights.clone();
  }
}
