package fr.parcours.stats.survival;

/**
 * A Kaplan–Meier curve with its Nelson–Aalen cumulative hazard, at every distinct observed time of
 * one stratum: the columns of an R {@code survfit} object. Arrays are indexed by time and must not
 * be modified. NaN stands for R's NA.
 *
 * @param stratum the group label ({@code "all"} without groups)
 * @param records number of observations used (R's {@code n})
 * @param time distinct event or censoring times, ascending
 * @param nRisk weighted number at risk just before each time
 * @param nEvent weighted number of events at each time
 * @param nCensor weighted number censored at each time
 * @param surv Kaplan–Meier estimate S(t)
 * @param stdErr R's {@code std.err}: the standard error of log S(t) when {@code logScaleStdErr}
 *     (Greenwood), else of S(t) itself (infinitesimal jackknife, R's choice for non-integer weights)
 * @param cumHaz Nelson–Aalen cumulative hazard H(t) = Σ d/n (R's {@code cumhaz}, ctype = 1)
 * @param stdChaz standard error of H(t) (R's {@code std.chaz})
 * @param lower lower pointwise confidence limit of S(t)
 * @param upper upper pointwise confidence limit of S(t)
 * @param logScaleStdErr R's {@code logse}
 * @param confType transform used for the limits
 * @param confLevel confidence level, e.g. 0.95
 * @param median the median and its confidence interval
 */
public record SurvCurve(
    String stratum,
    int records,
    double[] time,
    double[] nRisk,
    double[] nEvent,
    double[] nCensor,
    double[] surv,
    double[] stdErr,
    double[] cumHaz,
    double[] stdChaz,
    double[] lower,
    double[] upper,
    boolean logScaleStdErr,
    ConfType confType,
    double confLevel,
    MedianSurvival median) {

  /** Total weighted number of events. */
  public double events() {
    double s = 0;
    for (double d : nEvent) {
      s += d;
    }
    return s;
  }
}
