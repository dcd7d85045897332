package fr.parcours.ingest.synthetic;

import java.util.SplittableRandom;

/** Small random draws on a person's own generator. */
final class Draws {
  private Draws() {}

  static final double MONTH = 30.4375;

  static long exponentialDays(SplittableRandom rng, double meanDays) {
    return (long) (-meanDays * Math.log(1 - rng.nextDouble()));
  }

  static long lognormalDays(SplittableRandom rng, double medianDays, double sigma) {
    return (long) (medianDays * Math.exp(sigma * rng.nextGaussian()));
  }

  static long uniformDays(SplittableRandom rng, long from, long toInclusive) {
    return toInclusive <= from ? from : from + rng.nextLong(toInclusive - from + 1);
  }

  static boolean chance(SplittableRandom rng, double p) {
    return rng.nextDouble() < p;
  }

  /** Seed of person {@code index}'s generator for {@code stream} (0 = life, 1 = dirt): a 64-bit mix. */
  static long seed(long seed, long index, int stream) {
    long z = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + stream * 0x94D049BB133111EBL;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
