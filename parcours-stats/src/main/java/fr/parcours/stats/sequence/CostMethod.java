package fr.parcours.stats.sequence;

/** How substitution costs are built, as TraMineR's {@code seqcost(method = …)}. */
public enum CostMethod {
  /** One constant cost {@code cval} for every pair of distinct states. */
  CONSTANT,
  /** From lag-1 transition rates: {@code cval − p(b|a) − p(a|b)} (time-varying for DHD). */
  TRATE
}
