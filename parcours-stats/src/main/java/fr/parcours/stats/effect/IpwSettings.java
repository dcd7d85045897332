package fr.parcours.stats.effect;

/**
 * Settings of {@link Ipw#estimate}.
 *
 * @param estimand ATE or ATT
 * @param truncation limitation of extreme weights
 * @param bootstrapReplicates number B of bootstrap resamples for the percentile interval (0: no
 *     interval)
 * @param confidenceLevel level of the bootstrap interval, in (0, 1)
 * @param seed seed of the {@link java.util.SplittableRandom} drawing the resamples
 */
public record IpwSettings(
    Estimand estimand, Truncation truncation, int bootstrapReplicates, double confidenceLevel, long seed) {

  /** Validates. */
  public IpwSettings {
    if (estimand == null || truncation == null) {
      throw new IllegalArgumentException("estimand and truncation are required");
    }
    if (bootstrapReplicates < 0) {
      throw new IllegalArgumentException("bootstrapReplicates must be ≥ 0, got " + bootstrapReplicates);
    }
    if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
      throw new IllegalArgumentException("confidenceLevel must be in (0, 1), got " + confidenceLevel);
    }
  }

  /** ATE, no truncation, B = 1000, 95 %. */
  public static IpwSettings defaults(long seed) {
    return new IpwSettings(Estimand.ATE, Truncation.none(), 1000, 0.95, seed);
  }

  /** A copy with another estimand. */
  public IpwSettings withEstimand(Estimand e) {
    return new IpwSettings(e, truncation, bootstrapReplicates, confidenceLevel, seed);
  }

  /** A copy with another truncation. */
  public IpwSettings withTruncation(Truncation t) {
    return new IpwSettings(estimand, t, bootstrapReplicates, confidenceLevel, seed);
  }

  /** A copy with another number of bootstrap replicates. */
  public IpwSettings withBootstrapReplicates(int b) {
    return new IpwSettings(estimand, truncation, b, confidenceLevel, seed);
  }
}
