package fr.parcours.stats.sequence;

/**
 * Per-sequence longitudinal indicators (one entry per sequence, in row order).
 *
 * @param entropyNormalised {@code seqient(s)}: within-sequence entropy divided by log(alphabet size)
 * @param entropy {@code seqient(s, norm = FALSE)}: within-sequence Shannon entropy (natural log)
 * @param turbulence {@code seqST(s)}: Elzinga's turbulence (type 1)
 * @param turbulenceNormalised {@code seqST(s, norm = TRUE)}
 * @param complexity {@code seqici(s)}: complexity index
 * @param transitions {@code seqtransn(s)}: number of transitions (spells − 1)
 */
public record SequenceIndicators(
    double[] entropyNormalised,
    double[] entropy,
    double[] turbulence,
    double[] turbulenceNormalised,
    double[] complexity,
    int[] transitions) {}
