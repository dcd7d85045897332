package fr.parcours.stats.sequence;

/**
 * Whether a statistic uses the case weights (TraMineR's {@code weighted = TRUE}, its default) or
 * counts every case once ({@code weighted = FALSE}). Without case weights both are the same.
 */
public enum Weighting {
  /** Use the case weights when present ({@code weighted = TRUE}). */
  WEIGHTED,
  /** Ignore the case weights ({@code weighted = FALSE}). */
  UNWEIGHTED
}
