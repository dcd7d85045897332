package fr.parcours.stats.survival;

import java.util.List;

/**
 * Result of the log-rank test (R's {@code survdiff} with {@code rho = 0}).
 *
 * @param groups group labels in factor-level order
 * @param n number of observations per group
 * @param observed observed events per group
 * @param expected expected events per group under equal hazards
 * @param variance variance–covariance matrix of observed − expected (R's {@code fit$var})
 * @param chiSquare the test statistic
 * @param df degrees of freedom: number of groups with expected &gt; 0, minus one
 * @param pValue upper-tail χ² probability
 */
public record LogRankResult(
    List<String> groups, int[] n, double[] observed, double[] expected, double[][] variance,
    double chiSquare, int df, double pValue) {}
