package fr.parcours.stats.survival;

/**
 * A χ² test: statistic, degrees of freedom and upper-tail p-value.
 *
 * @param statistic the statistic
 * @param df degrees of freedom
 * @param p P(χ²_df &gt; statistic)
 */
public record ChiSquareTest(double statistic, int df, double p) {}
