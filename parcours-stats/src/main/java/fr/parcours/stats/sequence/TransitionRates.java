package fr.parcours.stats.sequence;

import java.util.List;

/**
 * Lag-1 transition rates between states, as returned by TraMineR's {@code seqtrate()}.
 *
 * @param alphabet state names
 * @param rates {@code rates[a][b]} = estimated p(state b at t+1 | state a at t); a row whose
 *     origin state never occurs before the last position is all zeros
 */
public record TransitionRates(List<String> alphabet, double[][] rates) {}
