package fr.parcours.stats.effect;

/**
 * Optional limitation of extreme weights.
 *
 * @param kind what is limited
 * @param level the bound: a in (0, 0.5) for {@link Kind#PROPENSITY_BOUNDS}, q in (0, 0.5) for
 *     {@link Kind#WEIGHT_QUANTILES}; ignored for {@link Kind#NONE}
 */
public record Truncation(Kind kind, double level) {

  /** Kinds of truncation. */
  public enum Kind {
    /** Weights used as computed. */
    NONE,
    /** Propensity scores clamped to [a, 1 − a] before the weights are computed. */
    PROPENSITY_BOUNDS,
    /**
     * Weights winsorised at their q and 1 − q sample quantiles over all persons (R's
     * {@code quantile(w, c(q, 1 - q), type = 7)}; Cole &amp; Hernán 2008 use q = 0.01).
     */
    WEIGHT_QUANTILES
  }

  /** Validates the level. */
  public Truncation {
    if (kind != Kind.NONE && !(level > 0 && level < 0.5)) {
      throw new IllegalArgumentException("truncation level must be in (0, 0.5), got " + level);
    }
  }

  /** No truncation. */
  public static Truncation none() {
    return new Truncation(Kind.NONE, 0);
  }

  /** Clamp propensity scores to [a, 1 − a]. */
  public static Truncation propensityBounds(double a) {
    return new Truncation(Kind.PROPENSITY_BOUNDS, a);
  }

  /** Winsorise weights at their q and 1 − q quantiles (type 7). */
  public static Truncation weightQuantiles(double q) {
    return new Truncation(Kind.WEIGHT_QUANTILES, q);
  }
}
