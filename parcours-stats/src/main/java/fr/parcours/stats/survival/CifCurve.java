package fr.parcours.stats.survival;

import java.util.List;

/**
 * Aalen–Johansen state probabilities for competing risks, at every distinct observed time of one
 * stratum: the columns of R's multi-state {@code survfit} object. State 0 is the initial state
 * (event-free, R's {@code "(s0)"}), state k ≥ 1 is "failed from cause k" and its probability is the
 * cumulative incidence of cause k. Arrays are [state][time] and must not be modified; NaN = R's NA.
 *
 * @param stratum group label ({@code "all"} without groups)
 * @param records observations used
 * @param states state labels: {@code "(s0)"} then the cause codes
 * @param time distinct times, ascending
 * @param nRisk unweighted number at risk in the initial state (R's {@code n.risk[, 1]})
 * @param nEvent unweighted number of events per cause (row 0: all causes together)
 * @param pstate state probabilities: row 0 = S(t), row k = CIF_k(t)
 * @param stdErr infinitesimal-jackknife standard errors of pstate (R's {@code std.err})
 * @param lower lower confidence limits of pstate
 * @param upper upper confidence limits of pstate
 * @param confType CI transform
 * @param confLevel CI level
 */
public record CifCurve(
    String stratum,
    int records,
    List<String> states,
    double[] time,
    double[] nRisk,
    double[][] nEvent,
    double[][] pstate,
    double[][] stdErr,
    double[][] lower,
    double[][] upper,
    ConfType confType,
    double confLevel) {}
