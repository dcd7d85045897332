package fr.parcours.stats.cluster;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * CLARA (Clustering LARge Applications; Kaufman &amp; Rousseeuw 1990, ch. 3): k-medoids for data
 * too large for an n×n matrix, in the style of R's {@code cluster::clara}.
 *
 * <p>Algorithm: for each of {@code samples} samples, draw {@code sampleSize} distinct objects
 * (from the second sample on, the sample always contains the best medoids found so far, as R's
 * clara does), run {@link Pam} (BUILD + SWAP) on the sample's dissimilarity matrix, then assign
 * <em>all</em> n objects to their nearest medoid (lowest medoid index on ties) and compute the
 * objective = (1/n)·Σ_i min_m d(i, m). The medoids of the sample with the smallest objective are
 * kept (the first one on ties). Clusters are numbered by first appearance of the objects.
 *
 * <p>Memory O(sampleSize² + n); distance evaluations O(samples·(sampleSize² + k·n)). Only the
 * distance <em>function</em> is needed.
 *
 * <p>Differences from R: samples are drawn with {@link SplittableRandom} seeded by
 * {@link ClaraSettings#seed()}, not with R's RNG, so the samples — hence possibly the medoids —
 * differ from R's {@code clara(x, k, samples, sampsize)}; the objective is the same definition.
 * Each sample is sorted by object index before PAM, so when {@code sampleSize ≥ n} the result is
 * exactly {@link Pam#cluster(DistanceMatrix, int)}'s medoids and clustering. Deterministic for a
 * given seed, with or without {@link ClaraSettings#parallel()}.
 */
public final class Clara {

  private Clara() {}

  /**
   * Runs CLARA on n objects known through their dissimilarity function.
   *
   * @param n number of objects (&gt; k)
   * @param d dissimilarity between objects 0..n−1
   * @param settings k, samples, sample size, seed
   * @return best medoids, clustering of all objects and objective
   */
  public static ClaraResult cluster(int n, DistanceFunction d, ClaraSettings settings) {
    int k = settings.k();
    if (n <= k) {
      throw new IllegalArgumentException("n (" + n + ") must be > k (" + k + ")");
    }
    int size = Math.min(settings.sampleSize(), n);
    boolean full = size == n;
    int samples = full ? 1 : settings.samples();
    SplittableRandom rng = new SplittableRandom(settings.seed());
    double[] sampleObjectives = new double[samples];
    int[] bestMedoids = null;
    int[] bestNearest = null;
    double bestObjective = Double.POSITIVE_INFINITY;
    int bestSample = -1;
    for (int t = 0; t < samples; t++) {
      int[] sample = full ? IntStream.range(0, n).toArray() : draw(n, size, bestMedoids, rng);
      DistanceMatrix sub = DistanceMatrix.compute(size, (a, b) -> d.distance(sample[a], sample[b]));
      boolean[] repr = new boolean[size];
      Pam.buildAndSwap(sub, size, k, repr);
      int[] medoids = new int[k];
      int m = 0;
      for (int a = 0; a < size; a++) {
        if (repr[a]) {
          medoids[m++] = sample[a];
        }
      }
      int[] nearest = new int[n];
      double[] dmin = new double[n];
      IntStream range = IntStream.range(0, n);
      (settings.parallel() ? range.parallel() : range)
          .forEach(
              i -> {
                double best = Double.POSITIVE_INFINITY;
                int arg = -1;
                for (int med : medoids) {
                  double v = med == i ? 0.0 : d.distance(med, i);
                  if (best > v) {
                    best = v;
                    arg = med;
                  }
                }
                nearest[i] = arg;
                dmin[i] = best;
              });
      double total = 0.0;
      for (int i = 0; i < n; i++) {
        total += dmin[i];
      }
      double objective = total / n;
      sampleObjectives[t] = objective;
      if (objective < bestObjective) {
        bestObjective = objective;
        bestMedoids = medoids;
        bestNearest = nearest;
        bestSample = t;
      }
    }
    int[] clustering = Pam.numberByFirstAppearance(bestNearest, n);
    int[] medoids = new int[k];
    for (int i = 0; i < n; i++) {
      medoids[clustering[i] - 1] = bestNearest[i];
    }
    return new ClaraResult(medoids, clustering, bestObjective, bestSample, sampleObjectives);
  }

  /** Draws {@code size} distinct indices, always including {@code keep}; sorted ascending. */
  private static int[] draw(int n, int size, int[] keep, SplittableRandom rng) {
    // Partial Fisher–Yates over a sparse permutation: O(size) memory and time.
    java.util.HashMap<Integer, Integer> swapped = new java.util.HashMap<>();
    int[] out = new int[size];
    int filled = 0;
    java.util.HashSet<Integer> chosen = new java.util.HashSet<>();
    if (keep != null) {
      for (int m : keep) {
        out[filled++] = m;
        chosen.add(m);
      }
    }
    int top = n;
    while (filled < size) {
      int r = rng.nextInt(top);
      int candidate = swapped.getOrDefault(r, r);
      top--;
      swapped.put(r, swapped.getOrDefault(top, top));
      if (chosen.add(candidate)) {
        out[filled++] = candidate;
      }
    }
    Arrays.sort(out);
    return out;
  }
}
