package fr.parcours.stats.sequence;

/** Dissimilarity measures of TraMineR's {@code seqdist(method = …)} implemented here. */
public enum DistanceMethod {
  /** Optimal matching: weighted edit distance ({@code method = "OM"}). */
  OM,
  /** Hamming: position-wise sum of one substitution-cost matrix ({@code "HAM"}). */
  HAM,
  /** Dynamic Hamming: position-wise sum of time-varying TRATE costs ({@code "DHD"}). */
  DHD,
  /** Longest common subsequence: OM with substitution 2 and indel 1 ({@code "LCS"}). */
  LCS,
  /** Optimal matching of spells ({@code "OMspell"}). */
  OMSPELL;

  /** TraMineR's {@code norm = "auto"} choice for this method (see {@code R/seqdist.R}). */
  public Normalization autoNormalization() {
    return switch (this) {
      case OM, HAM, DHD -> Normalization.MAXLENGTH;
      case LCS -> Normalization.GMEAN;
      case OMSPELL -> Normalization.YUJIANBO;
    };
  }
}
