package fr.parcours.stats.sequence;

/**
 * Distance between two distinct sequences, by index. An instance owns scratch buffers and is used
 * by one thread only; {@link Factory} makes one per thread.
 */
interface PairKernel {
  /** Normalised distance between distinct sequences {@code a} and {@code b}. */
  double distance(int a, int b);

  /** Creates per-thread kernels over shared read-only data. */
  interface Factory {
    PairKernel create();
  }
}
