package fr.parcours.stats.cluster;

import java.util.Arrays;

/**
 * A symmetric dissimilarity matrix with zero diagonal, stored compactly as its strict lower
 * triangle in the order of R's {@code dist} objects.
 *
 * <p>Storage: for 0-based indices {@code i < j}, d(i, j) sits at position {@code n·i − i(i+1)/2 + j
 * − i − 1} of an array of length n(n−1)/2 — the lower triangle read column by column, exactly as
 * {@code as.vector(dist(x))} in R, so {@link #toLowerTriangle()} and R's vector can be compared
 * element by element. At most 65,536 objects (the triangle must fit in one Java array).
 *
 * <p>From the sequence engine's matrix {@code m} ({@code fr.parcours.stats.sequence}):
 * {@code DistanceMatrix.compute(m.size(), m::get)}; for data too large for a matrix, pass a
 * {@link DistanceFunction} to {@link Clara} instead.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DistanceMatrix implements DistanceFunction {

  /** Largest supported number of objects: n(n−1)/2 must fit in a Java array. */
  public static final int MAX_SIZE = 65_536;

  private final int n;
  private final double[] lower;

  private DistanceMatrix(int n, double[] lower) {
    this.n = n;
    this.lower = lower;
  }

  /**
   * Wraps a copy of a lower triangle in R's {@code dist} order (see the class comment).
   *
   * @param n number of objects (≥ 1)
   * @param lowerTriangle n(n−1)/2 finite, non-negative values
   * @return the matrix
   * @throws IllegalArgumentException if the length does not match or a value is negative or not
   *     finite
   */
  public static DistanceMatrix ofLowerTriangle(int n, double[] lowerTriangle) {
    checkSize(n);
    long expected = (long) n * (n - 1) / 2;
    if (lowerTriangle.length != expected) {
      throw new IllegalArgumentException(
          "lower triangle of " + n + " objects must hold " + expected + " values, got "
              + lowerTriangle.length);
    }
    double[] copy = lowerTriangle.clone();
    for (int p = 0; p < copy.length; p++) {
      checkValue(copy[p], "position " + p);
    }
    return new DistanceMatrix(n, copy);
  }

  /**
   * Builds the matrix from a full square matrix, which must be symmetric (exactly) with a zero
   * diagonal — as the sequence-distance engine and {@code parcours seq dist} write it.
   *
   * @param full n×n matrix
   * @return the matrix
   * @throws IllegalArgumentException if the matrix is not square, not symmetric, has a non-zero
   *     diagonal, or holds a negative or non-finite value (the message names row and column, 1-based)
   */
  public static DistanceMatrix ofFull(double[][] full) {
    int n = full.length;
    checkSize(n);
    for (int i = 0; i < n; i++) {
      if (full[i].length != n) {
        throw new IllegalArgumentException(
            "row " + (i + 1) + " has " + full[i].length + " values, expected " + n);
      }
      if (full[i][i] != 0.0) {
        throw new IllegalArgumentException(
            "diagonal value at row " + (i + 1) + " is " + full[i][i] + ", expected 0");
      }
    }
    double[] lower = new double[(int) ((long) n * (n - 1) / 2)];
    int p = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double v = full[j][i];
        if (v != full[i][j]) {
          throw new IllegalArgumentException(
              "matrix not symmetric at row " + (j + 1) + ", column " + (i + 1) + ": " + v + " ≠ "
                  + full[i][j]);
        }
        checkValue(v, "row " + (j + 1) + ", column " + (i + 1));
        lower[p++] = v;
      }
    }
    return new DistanceMatrix(n, lower);
  }

  /**
   * Evaluates a distance function on all pairs i &lt; j.
   *
   * @param n number of objects
   * @param f the dissimilarity
   * @return the matrix
   */
  public static DistanceMatrix compute(int n, DistanceFunction f) {
    checkSize(n);
    double[] lower = new double[(int) ((long) n * (n - 1) / 2)];
    int p = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double v = f.distance(i, j);
        checkValue(v, "pair (" + i + ", " + j + ")");
        lower[p++] = v;
      }
    }
    return new DistanceMatrix(n, lower);
  }

  /** Number of objects. */
  public int size() {
    return n;
  }

  /** d(i, j) for 0-based indices; 0 when {@code i == j}. */
  @Override
  public double distance(int i, int j) {
    if (i == j) {
      return 0.0;
    }
    return i < j ? lower[index(n, i, j)] : lower[index(n, j, i)];
  }

  /** A copy of the lower triangle, in R's {@code dist} order. */
  public double[] toLowerTriangle() {
    return lower.clone();
  }

  /** Largest dissimilarity (0 for fewer than two objects). */
  public double max() {
    double s = 0.0;
    for (double v : lower) {
      if (s < v) {
        s = v;
      }
    }
    return s;
  }

  /** Position of d(i, j), i &lt; j, 0-based. */
  static int index(int n, int i, int j) {
    return (int) ((long) n * i - (long) i * (i + 1) / 2 + j - i - 1);
  }

  /** Internal view without copy, for package algorithms that never modify it. */
  double[] lowerTriangleView() {
    return lower;
  }

  private static void checkSize(int n) {
    if (n < 1 || n > MAX_SIZE) {
      throw new IllegalArgumentException(
          "number of objects must be in [1, " + MAX_SIZE + "], got " + n);
    }
  }

  private static void checkValue(double v, String where) {
    if (!(v >= 0.0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(
          "dissimilarity at " + where + " must be finite and non-negative, got " + v);
    }
  }

  @Override
  public String toString() {
    return "DistanceMatrix[n=" + n + ", first=" + Arrays.toString(
        Arrays.copyOf(lower, Math.min(lower.length, 5))) + "]";
  }
}
