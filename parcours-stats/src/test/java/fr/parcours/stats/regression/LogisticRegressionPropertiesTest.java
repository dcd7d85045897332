package fr.parcours.stats.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** IRLS against textbook identities on random data (jqwik). */
class LogisticRegressionPropertiesTest {

  /** The maximum-likelihood score equations Σ wᵢ(yᵢ − μᵢ)xᵢ = 0 hold at the fit. */
  @Property(tries = 30)
  void scoreEquationsVanish(@ForAll @IntRange(min = 40, max = 300) int n, @ForAll long seed) {
    Data d = simulate(n, seed, false);
    LogisticFit fit = LogisticRegression.fit(d.x, d.y, d.w);
    double[] mu = fit.fitted();
    double[] score = new double[3];
    for (int i = 0; i < n; i++) {
      double r = d.w[i] * (d.y[i] - mu[i]);
      score[0] += r;
      score[1] += r * d.x[i][0];
      score[2] += r * d.x[i][1];
    }
    for (double s : score) {
      assertThat(s).isCloseTo(0.0, within(1e-6 * n));
    }
    assertThat(fit.converged()).isTrue();
  }

  /** Integer prior weights are frequency weights: fitting w copies of each row gives the same. */
  @Property(tries = 30)
  void integerWeightsEqualReplicatedRows(@ForAll @IntRange(min = 30, max = 150) int n, @ForAll long seed) {
    Data d = simulate(n, seed, true);
    // tight convergence: the two fits start from different μ⁰, so compare the limits
    LogisticOptions tight = new LogisticOptions(
        Intercept.INCLUDED, List.of(), new GlmControl(1e-14, 50), 0.95);
    LogisticFit weighted = LogisticRegression.fit(d.x, d.y, d.w, tight);
    List<double[]> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < (int) d.w[i]; c++) {
        xs.add(d.x[i]);
        ys.add(d.y[i]);
      }
    }
    LogisticFit replicated = LogisticRegression.fit(
        xs.toArray(new double[0][]), ys.stream().mapToDouble(Double::doubleValue).toArray(), null, tight);
    for (int j = 0; j < 3; j++) {
      Coefficient a = weighted.coefficients().get(j);
      Coefficient b = replicated.coefficients().get(j);
      assertThat(a.estimate()).isCloseTo(b.estimate(), within(1e-8));
      // the covariance uses the IRLS weights of the last iteration (R's convention), which lag
      // the final estimate by one step: agreement to the size of that step only
      assertThat(a.standardError()).isCloseTo(b.standardError(), within(1e-6));
    }
    assertThat(weighted.deviance()).isCloseTo(replicated.deviance(), within(1e-8));
    assertThat(weighted.aic()).isCloseTo(replicated.aic(), within(1e-8));
  }

  @Test
  void collinearColumnIsRejectedWithItsName() {
    double[][] x = {{1, 2}, {2, 4}, {3, 6}, {4, 8}, {5, 10}};
    double[] y = {0, 1, 0, 1, 1};
    assertThatThrownBy(() -> LogisticRegression.fit(x, y, null, LogisticOptions.named("a", "b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'b'");
  }

  private record Data(double[][] x, double[] y, double[] w) {}

  private static Data simulate(int n, long seed, boolean integerWeights) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[][] x = new double[n][2];
    double[] y = new double[n];
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      x[i][0] = rng.nextDouble() * 4 - 2;
      x[i][1] = rng.nextInt(2);
      double eta = -0.3 + 0.8 * x[i][0] - 0.5 * x[i][1];
      y[i] = rng.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
      w[i] = integerWeights ? 1 + rng.nextInt(3) : 0.2 + rng.nextDouble() * 2;
    }
    // make sure both outcomes occur
    y[0] = 0;
    y[1] = 1;
    return new Data(x, y, w);
  }
}
