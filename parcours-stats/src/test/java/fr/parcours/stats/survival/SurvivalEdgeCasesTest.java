package fr.parcours.stats.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Small hand-checked cases and input validation. */
class SurvivalEdgeCasesTest {

  /**
   * S = 0.75, 0.5, 0.25, 0 at t = 1..4: S equals 0.5 on [2, 3), so the median is the midpoint
   * 2.5. R 4.2.2 / survival 3.5-3: {@code print(survfit(Surv(1:4, rep(1, 4)) ~ 1))} gives median
   * 2.5. Exact arithmetic: tolerance 1e-12.
   */
  @Test
  void medianUsesMidpointOnAFlatHalf() {
    SurvCurve c = KaplanMeier.fit(new double[] {1, 2, 3, 4}, new int[] {1, 1, 1, 1});
    assertThat(c.surv()).containsExactly(new double[] {0.75, 0.5, 0.25, 0}, within(1e-12));
    assertThat(c.median().median()).isEqualTo(2.5);
    assertThat(c.stdErr()[3]).isInfinite();
    assertThat(c.lower()[3]).isNaN();
  }

  @Test
  void medianIsNaWhenNeverReached() {
    SurvCurve c = KaplanMeier.fit(new double[] {1, 2, 3, 4}, new int[] {1, 0, 0, 0});
    assertThat(c.median().median()).isNaN();
    assertThat(c.nCensor()).containsExactly(0, 1, 1, 1);
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(() -> KaplanMeier.fit(new double[] {1, 2}, new int[] {1}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KaplanMeier.fit(new double[] {1, Double.NaN}, new int[] {1, 1}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KaplanMeier.fit(new double[] {1, 2}, new int[] {1, 1}, new double[] {1, 0}, ConfType.LOG, 0.95))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KaplanMeier.fit(new double[] {1, 2}, new int[] {1, 1}, null, ConfType.LOG, 1.5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void coxRejectsCollinearCovariates() {
    double[] t = {1, 2, 3, 4, 5, 6};
    int[] s = {1, 1, 0, 1, 1, 1};
    double[][] x = {{0, 0}, {1, 2}, {0, 0}, {1, 2}, {0, 0}, {1, 2}};
    assertThatThrownBy(() -> CoxPh.fit(t, s, x, List.of("a", "b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("singular");
  }

  /**
   * A covariate that separates perfectly has no finite maximum: Newton runs out of iterations and
   * follows R's path exactly. R 4.2.2 / survival 3.5-3:
   * {@code coxph(Surv(c(1,2,3,4,5,6), rep(1,6)) ~ c(3,2.5,2,1,.5,0))} warns "Ran out of iterations
   * and did not converge", coef = 38.41596163947117, loglik = (-6.5792512120101012,
   * -1.8202875651240902e-08), iter = 21. Tolerance 1e-6 relative.
   */
  @Test
  void coxRunsOutOfIterationsLikeR() {
    double[] t = {1, 2, 3, 4, 5, 6};
    int[] s = {1, 1, 1, 1, 1, 1};
    double[][] x = {{3}, {2.5}, {2}, {1}, {0.5}, {0}};
    CoxResult fit = CoxPh.fit(t, s, x, List.of("a"));
    assertThat(fit.converged()).isFalse();
    assertThat(fit.iterations()).isEqualTo(21);
    assertThat(fit.coefficients().get(0).coef()).isCloseTo(38.41596163947117, within(38.42 * 1e-6));
    assertThat(fit.loglikNull()).isCloseTo(-6.5792512120101012, within(1e-6 * 6.58));
    assertThat(fit.loglik()).isCloseTo(-1.8202875651240902e-08, within(1e-6));
  }
}
