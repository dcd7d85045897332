package fr.parcours.stats.sequence;

import java.util.List;

/**
 * Mean time spent in each state, as returned by TraMineR's {@code seqmeant()}.
 *
 * @param alphabet state names
 * @param mean {@code mean[s]}: weighted mean number of positions spent in state {@code s}
 */
public record MeanTime(List<String> alphabet, double[] mean) {}
