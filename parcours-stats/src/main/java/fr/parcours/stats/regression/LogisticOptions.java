package fr.parcours.stats.regression;

import java.util.List;

/**
 * Options of {@link LogisticRegression#fit(double[][], double[], double[], LogisticOptions)}.
 *
 * @param intercept whether to add an intercept (R's default: yes)
 * @param names names of the covariate columns (empty: {@code x1, x2, …}); the intercept is named
 *     {@code (Intercept)}
 * @param control IRLS convergence settings
 * @param confidenceLevel level of the Wald intervals, in (0, 1) (R's {@code confint.default}
 *     default 0.95)
 */
public record LogisticOptions(
    Intercept intercept, List<String> names, GlmControl control, double confidenceLevel) {

  /** Validates and copies. */
  public LogisticOptions {
    names = List.copyOf(names);
    if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
      throw new IllegalArgumentException("confidenceLevel must be in (0, 1), got " + confidenceLevel);
    }
  }

  /** Intercept, default names, R's control, 95 % intervals. */
  public static LogisticOptions defaults() {
    return new LogisticOptions(Intercept.INCLUDED, List.of(), GlmControl.defaults(), 0.95);
  }

  /** The defaults with the given covariate names. */
  public static LogisticOptions named(String... names) {
    return new LogisticOptions(Intercept.INCLUDED, List.of(names), GlmControl.defaults(), 0.95);
  }
}
