package fr.parcours.stats.survival;

/**
 * Nelson–Aalen estimator of the cumulative hazard, as R's {@code survfit} reports it in
 * {@code cumhaz} and {@code std.chaz} with {@code ctype = 1} (the default).
 *
 * <p>References: Nelson (1972); Aalen (1978); Therneau &amp; Grambsch (2000), §2.1.
 */
public final class NelsonAalen {
  private NelsonAalen() {}

  /**
   * Nelson–Aalen cumulative hazard.
   *
   * <p><b>Definition.</b> H(t) = Σ_{s ≤ t} d(s)/n(s), with d the weighted number of events at s and
   * n the weighted number at risk (time ≥ s); tied events are not split (ctype = 1, not the
   * Fleming–Harrington ctype = 2 correction).
   *
   * <p><b>Variance.</b> var H(t) = Σ_{s ≤ t} d(s)/n(s)² (the Poisson-type estimator R uses) for
   * integer or no weights; infinitesimal jackknife Σ_i (w_i ∂H(t)/∂w_i)² for non-integer weights,
   * as R.
   *
   * <p>R: {@code fit <- survfit(Surv(time, status) ~ 1, weights = w, ctype = 1)};
   * {@code fit$cumhaz}, {@code fit$std.chaz}.
   *
   * @param time observation times
   * @param status 1 = event, 0 = censored
   * @param weights case weights (&gt; 0) or null
   * @return the cumulative hazard at each distinct time
   */
  public static CumulativeHazard fit(double[] time, int[] status, double[] weights) {
    SurvCurve c = KaplanMeier.fit(time, status, weights, ConfType.LOG, 0.95);
    return new CumulativeHazard(c.time(), c.nRisk(), c.nEvent(), c.cumHaz(), c.stdChaz());
  }
}
