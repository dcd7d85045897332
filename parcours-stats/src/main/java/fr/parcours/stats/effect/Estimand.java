package fr.parcours.stats.effect;

/** The causal contrast estimated by {@link Ipw}. */
public enum Estimand {
  /**
   * Average treatment effect E[Y(1) − Y(0)] over the whole population. Stabilised weights
   * w = T·p/e + (1 − T)·(1 − p)/(1 − e), p = share treated, e = propensity score.
   */
  ATE,
  /**
   * Average treatment effect on the treated E[Y(1) − Y(0) | T = 1]. Weights w = 1 for the
   * treated, e/(1 − e) for the controls.
   */
  ATT
}
