package fr.parcours.stats.sequence;

import java.util.List;

/**
 * Distinct-sequence compression of a {@link SequenceData}: what TraMineR's {@code seqdist}
 * computes on ({@code unique()} of the coded rows, then {@code match()} back).
 *
 * <p>Rows of {@code sequences} must not be modified (they are shared with the data set).
 *
 * @param sequences distinct sequences, in order of first appearance
 * @param rowToDistinct for every original row, the index of its distinct sequence
 * @param multiplicity for every distinct sequence, the number of rows equal to it
 * @param firstRow for every distinct sequence, the first original row holding it
 */
public record DistinctSequences(List<int[]> sequences, int[] rowToDistinct, int[] multiplicity, int[] firstRow) {
  /** Number of distinct sequences. */
  public int count() {
    return sequences.size();
  }
}
