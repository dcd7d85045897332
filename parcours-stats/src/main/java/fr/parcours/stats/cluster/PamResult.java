package fr.parcours.stats.cluster;

import java.util.Arrays;

/**
 * Result of {@link Pam#cluster(DistanceMatrix, int)}.
 *
 * @param medoids 0-based index of the medoid of each cluster, index c−1 for cluster c (R's
 *     {@code id.med − 1})
 * @param clustering cluster number 1..k of each observation (R's {@code clustering})
 * @param objectiveBuild mean dissimilarity to the nearest medoid after BUILD (R's
 *     {@code objective["build"]})
 * @param objectiveSwap the same after SWAP (R's {@code objective["swap"]}): the minimised
 *     criterion
 * @param silhouette silhouette widths of the clustering (R's {@code silinfo}, here in observation
 *     order)
 */
public record PamResult(
    int[] medoids,
    int[] clustering,
    double objectiveBuild,
    double objectiveSwap,
    Silhouette silhouette) {

  /** Defensive copies. */
  public PamResult {
    medoids = medoids.clone();
    clustering = clustering.clone();
  }

  @Override
  public int[] medoids() {
    return medoids.clone();
  }

  @Override
  public int[] clustering() {
    return clustering.clone();
  }

  /** Number of clusters. */
  public int k() {
    return medoids.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PamResult p
        && Arrays.equals(medoids, p.medoids)
        && Arrays.equals(clustering, p.clustering)
        && Double.compare(objectiveBuild, p.objectiveBuild) == 0
        && Double.compare(objectiveSwap, p.objectiveSwap) == 0
        && silhouette.equals(p.silhouette);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(medoids) * 31 + Arrays.hashCode(clustering);
  }

  @Override
  public String toString() {
    return "PamResult[medoids=" + Arrays.toString(medoids) + ", objective=" + objectiveSwap + "]";
  }
}
