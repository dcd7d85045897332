package fr.parcours.stats.regression;

/**
 * One row of the coefficient table of a logistic regression: R's {@code summary(fit)$coefficients}
 * with {@code confint.default(fit)} and their exponentials.
 *
 * @param term the term's name
 * @param estimate β̂ (log odds ratio)
 * @param standardError √ of the diagonal of (XᵀWX)⁻¹ (dispersion 1)
 * @param z β̂ / se (R's "z value")
 * @param pValue 2·Φ(−|z|) (R's "Pr(&gt;|z|)")
 * @param confintDefaultLower β̂ − z_{(1+level)/2}·se (R's {@code confint.default})
 * @param confintDefaultUpper β̂ + z_{(1+level)/2}·se
 * @param oddsRatio exp(β̂)
 * @param oddsRatioLower exp(confintDefaultLower)
 * @param oddsRatioUpper exp(confintDefaultUpper)
 */
public record Coefficient(
    String term,
    double estimate,
    double standardError,
    double z,
    double pValue,
    double confintDefaultLower,
    double confintDefaultUpper,
    double oddsRatio,
    double oddsRatioLower,
    double oddsRatioUpper) {}
