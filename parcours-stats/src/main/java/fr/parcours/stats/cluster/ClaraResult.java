package fr.parcours.stats.cluster;

import java.util.Arrays;

/**
 * Result of {@link Clara#cluster(int, DistanceFunction, ClaraSettings)}.
 *
 * @param medoids 0-based index of the medoid of each cluster, index c−1 for cluster c
 * @param clustering cluster number 1..k of each object, numbered by first appearance
 * @param objective mean dissimilarity of all n objects to their nearest medoid (R's
 *     {@code clara(...)$objective}): the criterion minimised over samples
 * @param bestSample 0-based number of the sample whose medoids were kept
 * @param sampleObjectives objective reached by each sample's medoids on the whole data
 */
public record ClaraResult(
    int[] medoids, int[] clustering, double objective, int bestSample, double[] sampleObjectives) {

  /** Defensive copies. */
  public ClaraResult {
    medoids = medoids.clone();
    clustering = clustering.clone();
    sampleObjectives = sampleObjectives.clone();
  }

  @Override
  public int[] medoids() {
    return medoids.clone();
  }

  @Override
  public int[] clustering() {
    return clustering.clone();
  }

  @Override
  public double[] sampleObjectives() {
    return sampleObjectives.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ClaraResult c
        && Arrays.equals(medoids, c.medoids)
        && Arrays.equals(clustering, c.clustering)
        && Double.compare(objective, c.objective) == 0
        && bestSample == c.bestSample
        && Arrays.equals(sampleObjectives, c.sampleObjectives);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(medoids) * 31 + Arrays.hashCode(clustering);
  }

  @Override
  public String toString() {
    return "ClaraResult[medoids=" + Arrays.toString(medoids) + ", objective=" + objective + "]";
  }
}
