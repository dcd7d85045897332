/**
 * State-sequence analysis with the definitions of the R package TraMineR 2.2-12 (Gabadinho,
 * Ritschard, Müller &amp; Studer 2011, <i>JSS</i> 40(4)): cross-sectional state distributions
 * ({@code seqstatd}), transition rates ({@code seqtrate}), mean times ({@code seqmeant}),
 * per-sequence indicators ({@code seqient}, {@code seqST}, {@code seqici}, {@code seqtransn}) and
 * pairwise dissimilarities ({@code seqdist}: OM, HAM, DHD, LCS, OMspell).
 *
 * <p>Entry points: {@link fr.parcours.stats.sequence.SequenceData} (the data),
 * {@link fr.parcours.stats.sequence.SequenceStatistics} (descriptive statistics) and
 * {@link fr.parcours.stats.sequence.SequenceDistances} (distances). No I/O; every class is
 * immutable or confined to one thread, and the distance computation uses all cores.
 *
 * <p>Reference tests compare with base-R transcriptions of TraMineR's code
 * ({@code src/test/r/sequence/reference.R}) to 1e-9; see {@code docs/statistics.md}.
 */
package fr.parcours.stats.sequence;
