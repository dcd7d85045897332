package fr.parcours.stats.effect;

/**
 * Nonparametric bootstrap percentile interval of an IPW estimate.
 *
 * @param lower quantile α/2 of the replicate estimates (type 7, R's default), α = 1 − level
 * @param upper quantile 1 − α/2
 * @param level confidence level
 * @param standardError standard deviation (n − 1) of the replicate estimates
 * @param replicates number of resamples drawn (B)
 * @param used resamples that gave an estimate (a resample without treated or without controls,
 *     or whose propensity model cannot be fitted, is skipped and not redrawn)
 */
public record BootstrapInterval(
    double lower, double upper, double level, double standardError, int replicates, int used) {}
