package fr.parcours.stats.survival;

import java.util.List;

/**
 * A fitted Cox model, with what R's {@code summary(coxph(...))} prints.
 *
 * @param coefficients one row per covariate, in input order
 * @param variance I(β̂)⁻¹ (R's {@code fit$var}); must not be modified
 * @param ties tie handling used
 * @param n observations used
 * @param events number of events (unweighted, R's {@code nevent})
 * @param loglikNull log partial likelihood at β = 0 (R's {@code loglik[1]})
 * @param loglik log partial likelihood at β̂ (R's {@code loglik[2]})
 * @param iterations Newton–Raphson iterations (R's {@code iter}; iter.max + 1 = 21 when not converged, as R)
 * @param converged false when {@code iterMax} was reached first
 * @param likelihoodRatio 2(loglik − loglikNull), df = number of coefficients
 * @param wald β̂ᵀ var⁻¹ β̂
 * @param score U(0)ᵀ I(0)⁻¹ U(0), the score (log-rank) test
 * @param concordance Harrell's C of the linear predictor
 */
public record CoxResult(
    List<CoxCoefficient> coefficients,
    double[][] variance,
    Ties ties,
    int n,
    int events,
    double loglikNull,
    double loglik,
    int iterations,
    boolean converged,
    ChiSquareTest likelihoodRatio,
    ChiSquareTest wald,
    ChiSquareTest score,
    ConcordanceResult concordance) {}
