package fr.parcours.stats.survival;

import org.apache.commons.math3.distribution.NormalDistribution;

/** Pointwise confidence limits of a probability curve: R's {@code survival:::survfit_confint}. */
final class ConfidenceBands {
  private ConfidenceBands() {}

  static double z(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
    }
    return new NormalDistribution(0, 1).inverseCumulativeProbability(1 - (1 - level) / 2);
  }

  /**
   * Fills {@code lower} and {@code upper}. {@code se} is the standard error of {@code log p} when
   * {@code logSe} is true, else of {@code p} (then divided by p, 0 when se = 0, as R does).
   */
  static void fill(double[] p, double[] se, boolean logSe, ConfType type, double level, double[] lower, double[] upper) {
    double z = z(level);
    for (int i = 0; i < p.length; i++) {
      double s = se[i];
      if (!logSe) {
        s = s == 0 ? 0 : s / p[i];
      }
      double x = p[i];
      switch (type) {
        case PLAIN -> {
          double se2 = s * x * z;
          lower[i] = Math.max(x - se2, 0);
          upper[i] = Math.min(x + se2, 1);
        }
        case LOG -> {
          if (x == 0) {
            lower[i] = Double.NaN;
            upper[i] = Double.NaN;
          } else {
            double se2 = z * s;
            lower[i] = Math.exp(Math.log(x) - se2);
            upper[i] = Math.min(Math.exp(Math.log(x) + se2), 1);
          }
        }
        case LOG_LOG -> {
          if (x == 0 || x == 1) {
            lower[i] = Double.NaN;
            upper[i] = Double.NaN;
          } else {
            double se2 = z * s / Math.log(x);
            lower[i] = Math.exp(-Math.exp(Math.log(-Math.log(x)) - se2));
            upper[i] = Math.exp(-Math.exp(Math.log(-Math.log(x)) + se2));
          }
        }
        default -> throw new AssertionError(type);
      }
    }
  }

  /**
   * R's {@code minmin} inside {@code survival:::survmean}: the first time at which the curve is
   * below 0.5 (with tolerance √ε); if the curve equals 0.5 there (within tolerance) and later drops
   * lower, the midpoint between that time and the first time it drops below. NaN when never reached.
   */
  static double firstBelowHalf(double[] y, double[] time) {
    double tol = Math.sqrt(Math.ulp(1.0));
    int first = -1;
    for (int i = 0; i < y.length; i++) {
      if (!Double.isNaN(y[i]) && y[i] < 0.5 + tol) {
        first = i;
        break;
      }
    }
    if (first < 0) {
      return Double.NaN;
    }
    if (Math.abs(y[first] - 0.5) < tol) {
      for (int j = first + 1; j < y.length; j++) {
        if (!Double.isNaN(y[j]) && y[j] < y[first]) {
          return (time[first] + time[j]) / 2;
        }
      }
    }
    return time[first];
  }
}
