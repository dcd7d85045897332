package fr.parcours.stats.regression;

/**
 * Convergence settings of the IRLS algorithm, R's {@code glm.control()}.
 *
 * @param epsilon convergence when |dev − dev_old| / (|dev| + 0.1) &lt; epsilon (R default 1e-8)
 * @param maxIterations at most this many IRLS iterations (R default 25)
 */
public record GlmControl(double epsilon, int maxIterations) {

  /** Validates. */
  public GlmControl {
    if (!(epsilon > 0)) {
      throw new IllegalArgumentException("epsilon must be > 0, got " + epsilon);
    }
    if (maxIterations < 1) {
      throw new IllegalArgumentException("maxIterations must be ≥ 1, got " + maxIterations);
    }
  }

  /** R's defaults: {@code glm.control(epsilon = 1e-8, maxit = 25)}. */
  public static GlmControl defaults() {
    return new GlmControl(1e-8, 25);
  }
}
