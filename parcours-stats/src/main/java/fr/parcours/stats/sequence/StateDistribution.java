package fr.parcours.stats.sequence;

import java.util.List;

/**
 * Cross-sectional state distribution, as returned by TraMineR's {@code seqstatd()}.
 *
 * @param alphabet state names (rows of {@code frequencies})
 * @param frequencies {@code frequencies[s][t]}: weighted share of state {@code s} at position
 *     {@code t} (TraMineR's {@code $Frequencies}, states in rows)
 * @param validN weighted number of valid states at each position ({@code $ValidStates})
 * @param entropy cross-sectional Shannon entropy at each position, normalised (or not) as
 *     requested ({@code $Entropy})
 */
public record StateDistribution(List<String> alphabet, double[][] frequencies, double[] validN, double[] entropy) {}
