package fr.parcours.stats.survival;

/**
 * Nelson–Aalen cumulative hazard at every distinct observed time. Arrays must not be modified.
 *
 * @param time distinct times, ascending
 * @param nRisk weighted number at risk
 * @param nEvent weighted number of events
 * @param cumHaz H(t) = Σ_{s ≤ t} d(s)/n(s) (R's {@code cumhaz})
 * @param stdErr standard error of H(t) (R's {@code std.chaz})
 */
public record CumulativeHazard(double[] time, double[] nRisk, double[] nEvent, double[] cumHaz, double[] stdErr) {}
