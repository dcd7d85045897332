package fr.parcours.stats.survival;

import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;

/** Upper-tail probabilities computed directly (no 1 − cdf cancellation for small p). */
final class Distributions {
  private Distributions() {}

  /** P(χ²_df &gt; x), R's {@code pchisq(x, df, lower.tail = FALSE)}; NaN when df ≤ 0. */
  static double chiSquareUpper(double x, int df) {
    if (df <= 0 || Double.isNaN(x)) {
      return Double.NaN;
    }
    if (x <= 0) {
      return 1;
    }
    return Gamma.regularizedGammaQ(df / 2.0, x / 2.0);
  }

  /** Two-sided normal p-value 2·P(Z &gt; |z|), R's {@code 2 * pnorm(-abs(z))}. */
  static double twoSidedNormal(double z) {
    if (Double.isNaN(z)) {
      return Double.NaN;
    }
    return Erf.erfc(Math.abs(z) / Math.sqrt(2));
  }
}
