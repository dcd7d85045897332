package fr.parcours.stats.sequence;

/**
 * A symmetric N×N distance matrix stored as the strict upper triangle over the <em>distinct</em>
 * sequences plus the mapping of every row to its distinct sequence; {@link #get(int, int)}
 * expands it on demand, as TraMineR's {@code setDistance} copies each distinct-pair value to
 * every pair of original rows (0 between rows holding the same sequence, and on the diagonal).
 *
 * <p>Memory: {@code 8·k(k−1)/2} bytes for k distinct sequences, plus {@code 4·N} for the mapping,
 * instead of {@code 8·N²} for the expanded matrix: 20,000 distinct sequences need 1.6 GB, and the
 * N×N matrix is never materialised (write it row by row with {@link #row(int, double[])}).
 * Doubles, not floats, because the values must agree with TraMineR to 1e-9.
 *
 * <p>Immutable once built; thread-safe for reading.
 */
public final class DistanceMatrix {
  private final int[] rowToDistinct;
  private final double[][] triangle; // triangle[a][b - a - 1] for a < b

  DistanceMatrix(int[] rowToDistinct, double[][] triangle) {
    this.rowToDistinct = rowToDistinct;
    this.triangle = triangle;
  }

  /** Number of rows (original sequences). */
  public int size() {
    return rowToDistinct.length;
  }

  /** Number of distinct sequences the values were computed on. */
  public int distinctCount() {
    return triangle.length;
  }

  /** Distance between original rows {@code i} and {@code j}. */
  public double get(int i, int j) {
    return distinct(rowToDistinct[i], rowToDistinct[j]);
  }

  /** Distance between distinct sequences {@code a} and {@code b}. */
  public double distinct(int a, int b) {
    if (a == b) return 0;
    return a < b ? triangle[a][b - a - 1] : triangle[b][a - b - 1];
  }

  /** Index of the distinct sequence of original row {@code i}. */
  public int distinctIndexOf(int i) {
    return rowToDistinct[i];
  }

  /** Fills {@code out} (length ≥ N) with row {@code i} of the expanded matrix and returns it. */
  public double[] row(int i, double[] out) {
    int a = rowToDistinct[i];
    for (int j = 0; j < rowToDistinct.length; j++) out[j] = distinct(a, rowToDistinct[j]);
    return out;
  }

  /** The expanded N×N matrix (only for small N: 8·N² bytes). */
  public double[][] toArray() {
    double[][] m = new double[size()][];
    for (int i = 0; i < m.length; i++) m[i] = row(i, new double[size()]);
    return m;
  }
}
