package fr.parcours.stats.effect;

/**
 * Balance of one covariate between treated and controls, before and after weighting.
 *
 * <p>SMD = (m₁ − m₀)/s, with m the (weighted) group means Σwx/Σw and the pooled standard
 * deviation s = √((s₁² + s₀²)/2) of the <em>unweighted</em> groups (sample variances, n − 1), the
 * same s before and after weighting — R {@code cobalt::bal.tab(..., s.d.denom = "pooled",
 * binary = "std")}'s convention, also {@code tableone}'s for unweighted data. NaN when s = 0.
 *
 * @param covariate the covariate's name
 * @param meanTreated unweighted mean among the treated
 * @param meanControl unweighted mean among the controls
 * @param weightedMeanTreated weighted mean among the treated
 * @param weightedMeanControl weighted mean among the controls
 * @param pooledSd the denominator s
 * @param smdBefore (meanTreated − meanControl)/s
 * @param smdAfter (weightedMeanTreated − weightedMeanControl)/s
 */
public record Balance(
    String covariate,
    double meanTreated,
    double meanControl,
    double weightedMeanTreated,
    double weightedMeanControl,
    double pooledSd,
    double smdBefore,
    double smdAfter) {}
