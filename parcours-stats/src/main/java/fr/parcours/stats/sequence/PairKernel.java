package fr.parcours.stats.sequence;

/**
 * Distance between two distinct sequences, by index. An instance owns scratch buffers and is used
 * by one thread only; {@link Factory} makes one per thread.
 */
interface PairKernel {
  /** Normalised distance between distinct sequences {@code a} and {@code b}. */
  double distance(int a, int b);

  /** Distances from {@code a} to {@code a + 1 + i} into {@code out[i]}, for every {@code i < out.length}. */
  default void row(int a, double[] out) {
    for (int i = 0; i < out.length; i++) out[i] = distance(a, a + 1 + i);
  }

  /** Creates per-thread kernels over shared read-only data. */
  interface Factory {
    PairKernel create();
  }
}
