package fr.parcours.stats.survival;

/**
 * How the Cox partial likelihood treats tied event times.
 *
 * <p>Matches the {@code ties} argument of R's {@code survival::coxph}. References: Therneau &amp;
 * Grambsch (2000), <i>Modeling Survival Data</i>, §3.3; Kalbfleisch &amp; Prentice (2002), §4.2.
 */
public enum Ties {
  /**
   * Efron's approximation (R's default, {@code ties = "efron"}): at a time with {@code d} tied
   * events, the k-th event (k = 0..d−1) sees the risk-set denominator reduced by k/d of the events'
   * total risk.
   */
  EFRON,
  /** Breslow's approximation ({@code ties = "breslow"}): every tied event sees the full risk set. */
  BRESLOW
}
