package fr.parcours.stats.survival;

/**
 * Median survival time and its confidence interval, as R's {@code print.survfit} reports them
 * ({@code summary(fit)$table[, c("median", "0.95LCL", "0.95UCL")]}). NaN stands for R's NA (the
 * curve, or the confidence limit, never falls to 0.5).
 *
 * @param median first time at which S(t) ≤ 0.5 (midpoint rule when S = 0.5 on an interval)
 * @param lower the same rule applied to the lower confidence curve
 * @param upper the same rule applied to the upper confidence curve
 */
public record MedianSurvival(double median, double lower, double upper) {}
