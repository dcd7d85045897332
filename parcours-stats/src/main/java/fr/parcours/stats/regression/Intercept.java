package fr.parcours.stats.regression;

/** Whether the linear predictor has an intercept (R: {@code y ~ x} versus {@code y ~ x - 1}). */
public enum Intercept {
  /** A constant column of ones is added first, term name {@code (Intercept)} as in R. */
  INCLUDED,
  /** No intercept; the null deviance is then computed at μ = 0.5 (η = 0), as R's glm does. */
  NONE
}
