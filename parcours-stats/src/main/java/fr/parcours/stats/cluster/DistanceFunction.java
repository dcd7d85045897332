package fr.parcours.stats.cluster;

/**
 * A dissimilarity between two objects designated by their 0-based indices.
 *
 * <p>Contract: {@code distance(i, i) == 0}, {@code distance(i, j) == distance(j, i) >= 0}, finite.
 * The triangle inequality is not required (PAM, CLARA and Ward's agglomeration accept any
 * dissimilarity, as R's {@code cluster::pam} and {@code stats::hclust} do). Implementations used
 * with {@link ClaraSettings#parallel()} must be thread-safe.
 *
 * <p>This lets {@link Clara} type millions of objects without an N×N matrix: the function may
 * compute the distance between two trajectories on demand.
 */
@FunctionalInterface
public interface DistanceFunction {

  /**
   * Returns the dissimilarity between objects {@code i} and {@code j}.
   *
   * @param i 0-based index of the first object
   * @param j 0-based index of the second object
   * @return d(i, j), finite and non-negative
   */
  double distance(int i, int j);
}
