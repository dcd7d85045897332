package fr.parcours.stats.cluster;

/**
 * Settings of {@link Clara}, checked at construction.
 *
 * @param k number of clusters (≥ 1)
 * @param samples number of samples drawn (R's {@code samples}; R's default 5)
 * @param sampleSize objects per sample (R's {@code sampsize}; R's default min(n, 40 + 2k)); must be
 *     &gt; k. When it is ≥ n, the single sample is the whole data and the result equals
 *     {@link Pam}'s.
 * @param seed seed of the {@link java.util.SplittableRandom} that draws the samples
 * @param parallel assign the objects to medoids on the common fork-join pool (the distance
 *     function must then be thread-safe); the result does not depend on this flag
 */
public record ClaraSettings(int k, int samples, int sampleSize, long seed, boolean parallel) {

  /** Validates. */
  public ClaraSettings {
    if (k < 1) {
      throw new IllegalArgumentException("k must be ≥ 1, got " + k);
    }
    if (samples < 1) {
      throw new IllegalArgumentException("samples must be ≥ 1, got " + samples);
    }
    if (sampleSize <= k) {
      throw new IllegalArgumentException(
          "sampleSize must be > k (" + k + "), got " + sampleSize);
    }
  }

  /** R's defaults: 5 samples of 40 + 2k objects, sequential. */
  public static ClaraSettings defaults(int k, long seed) {
    return new ClaraSettings(k, 5, 40 + 2 * k, seed, false);
  }
}
