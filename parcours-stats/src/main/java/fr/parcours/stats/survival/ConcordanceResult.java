package fr.parcours.stats.survival;

/**
 * Harrell's concordance of a risk score with survival, with the counts R reports. Counts are
 * weighted (pair weight w_i·w_j).
 *
 * @param concordant comparable pairs in which the observation with the higher score fails first
 * @param discordant comparable pairs in which it fails last
 * @param tiedX comparable pairs with equal scores
 * @param tiedY pairs failing at the same time, scores different
 * @param tiedXY pairs failing at the same time with equal scores
 * @param concordance (concordant + tiedX/2) / (concordant + discordant + tiedX)
 * @param stdErr infinitesimal-jackknife standard error of the concordance (R's {@code std})
 */
public record ConcordanceResult(
    double concordant, double discordant, double tiedX, double tiedY, double tiedXY, double concordance, double stdErr) {}
