package fr.parcours.stats.survival;

/**
 * One row of R's {@code summary(coxph(...))}: {@code $coefficients} and {@code $conf.int}.
 *
 * @param term covariate name
 * @param coef log hazard ratio β
 * @param expCoef hazard ratio exp(β)
 * @param se model-based standard error sqrt(I⁻¹)_jj (not robust)
 * @param z Wald statistic β/se
 * @param p two-sided normal p-value
 * @param lower lower limit of exp(β) at the fit's confidence level
 * @param upper upper limit of exp(β)
 */
public record CoxCoefficient(
    String term, double coef, double expCoef, double se, double z, double p, double lower, double upper) {}
