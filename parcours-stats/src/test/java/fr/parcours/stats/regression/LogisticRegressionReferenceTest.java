package fr.parcours.stats.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Logistic regression against R's {@code glm(family = binomial)}.
 *
 * <p>Reference: R 4.2.2 Patched (r83330), script {@code src/test/r/regression/glm_reference.R}:
 *
 * <ul>
 *   <li>lung: {@code glm(I(status == 2) ~ age + sex + ph.ecog, binomial, data = lung)} (n = 227,
 *       one missing ph.ecog dropped)
 *   <li>lung_karno: {@code glm(I(status == 2) ~ age + ph.karno + wt.loss, binomial, data = lung)}
 *   <li>mvad: {@code glm(I(Jun.99 == "employment") ~ male + catholic + Grammar + funemp + gcse5eq
 *       + fmpr + livboth, binomial, data = mvad)}
 *   <li>mvad_weighted: the same with {@code weights = weight} (non-integer weights: R warns and
 *       computes the AIC on rounded weights, as we do)
 * </ul>
 *
 * with {@code summary(fit)$coefficients}, {@code confint.default(fit)}, {@code exp()} for odds
 * ratios. Tolerance: 1e-6 relative (|a − b| ≤ 1e-6·max(1, |b|)) for estimates, standard errors,
 * z, CIs, odds ratios, deviances and AIC; 1e-6 relative to the value for p-values; iterations
 * and degrees of freedom exact.
 */
class LogisticRegressionReferenceTest {

  @ParameterizedTest
  @ValueSource(strings = {"lung", "lung_karno", "mvad", "mvad_weighted"})
  void equalsRGlm(String name) {
    GlmData.Model m = switch (name) {
      case "lung" -> GlmData.lung("age", "sex", "ph.ecog");
      case "lung_karno" -> GlmData.lung("age", "ph.karno", "wt.loss");
      case "mvad" -> GlmData.mvad(false);
      default -> GlmData.mvad(true);
    };
    LogisticFit fit = LogisticRegression.fit(m.x(), m.y(), m.w(), LogisticOptions.named(m.names()));

    List<String> h = new ArrayList<>();
    List<String[]> ref = GlmData.rows("/regression/glm_" + name + ".csv", h);
    assertThat(fit.coefficients()).hasSize(ref.size());
    for (int j = 0; j < ref.size(); j++) {
      String[] r = ref.get(j);
      Coefficient c = fit.coefficients().get(j);
      assertThat(c.term()).isEqualTo(r[0].replace("TRUE", ""));
      close(c.estimate(), r[1], c.term() + " estimate");
      close(c.standardError(), r[2], c.term() + " se");
      close(c.z(), r[3], c.term() + " z");
      assertThat(c.pValue()).as(c.term() + " p")
          .isCloseTo(Double.parseDouble(r[4]), within(1e-6 * Double.parseDouble(r[4])));
      close(c.confintDefaultLower(), r[5], c.term() + " ci low");
      close(c.confintDefaultUpper(), r[6], c.term() + " ci high");
      close(c.oddsRatio(), r[7], c.term() + " OR");
      close(c.oddsRatioLower(), r[8], c.term() + " OR low");
      close(c.oddsRatioUpper(), r[9], c.term() + " OR high");
    }
    Map<String, String> s = GlmData.summary("/regression/glm_" + name + "_summary.txt");
    close(fit.deviance(), s.get("deviance"), "deviance");
    close(fit.nullDeviance(), s.get("null_deviance"), "null deviance");
    close(fit.aic(), s.get("aic"), "AIC");
    assertThat(fit.iterations()).isEqualTo(Integer.parseInt(s.get("iter")));
    assertThat(fit.dfResidual()).isEqualTo(Integer.parseInt(s.get("df_residual")));
    assertThat(fit.dfNull()).isEqualTo(Integer.parseInt(s.get("df_null")));
    assertThat(fit.converged()).isTrue();
    assertThat(fit.fitted()).hasSize(Integer.parseInt(s.get("nobs")));
  }

  private static void close(double actual, String expected, String what) {
    double e = Double.parseDouble(expected);
    assertThat(actual).as(what).isCloseTo(e, within(1e-6 * Math.max(1, Math.abs(e))));
  }
}
