package fr.parcours.stats.survival;

/**
 * Transform under which a pointwise confidence interval of a survival (or state-probability) curve
 * is symmetric. Matches the {@code conf.type} argument of R's {@code survival::survfit}.
 *
 * <p>With {@code z} the standard normal quantile at (1 + level)/2, {@code p} the estimate and
 * {@code s} the standard error of {@code log p} (for Kaplan–Meier with Greenwood variance this is
 * R's {@code std.err}):
 *
 * <ul>
 *   <li>{@link #LOG}: {@code p·exp(∓z·s)}, upper bound capped at 1; undefined (NaN) when p = 0;
 *   <li>{@link #LOG_LOG}: {@code exp(−exp(log(−log p) ∓ z·s/log p))}; undefined when p = 0 or 1;
 *   <li>{@link #PLAIN}: {@code p ∓ z·s·p}, clipped to [0, 1].
 * </ul>
 *
 * <p>This is R's internal {@code survival:::survfit_confint} with {@code conf.lower = "usual"}.
 * Reference: Kalbfleisch &amp; Prentice (2002), §1.4; Klein &amp; Moeschberger (2003), §4.3.
 */
public enum ConfType {
  /** R's default {@code conf.type = "log"}. */
  LOG,
  /** {@code conf.type = "log-log"}. */
  LOG_LOG,
  /** {@code conf.type = "plain"}. */
  PLAIN
}
