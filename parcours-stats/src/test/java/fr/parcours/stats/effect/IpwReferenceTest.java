package fr.parcours.stats.effect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * IPW point estimates and balance against a by-hand R computation.
 *
 * <p>Reference: R 4.2.2 Patched (r83330), script {@code src/test/r/effect/ipw_reference.R}: on
 * {@code survival::lung} complete cases (n = 227), T = (sex == 2), Y = (status == 2), covariates
 * age and ph.ecog; {@code ps <- fitted(glm(T ~ age + ph.ecog, binomial))}; stabilised ATE weights
 * and ATT weights; {@code weighted.mean(Y[T], w[T]) - weighted.mean(Y[!T], w[!T])}; weights
 * winsorised at {@code quantile(w, c(.05, .95), type = 7)}; propensity clamped to [0.3, 0.7];
 * SMD with the pooled unweighted SD. Tolerance 1e-6 absolute (all values are of order 1).
 */
class IpwReferenceTest {

  private static int[] t;
  private static double[] y;
  private static double[][] x;
  private static Map<String, String> ref;
  private static final List<String> NAMES = List.of("age", "ph.ecog");
  private static final double TOL = 1e-6;

  @BeforeAll
  static void load() {
    List<int[]> ts = new ArrayList<>();
    List<double[]> rows = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    List<String> lines = lines("/cluster/data/lung.csv");
    List<String> h = List.of(lines.get(0).split(",", -1));
    for (String l : lines.subList(1, lines.size())) {
      String[] r = l.split(",", -1);
      String age = r[h.indexOf("age")];
      String ecog = r[h.indexOf("ph.ecog")];
      if (age.isEmpty() || ecog.isEmpty()) {
        continue;
      }
      ts.add(new int[] {r[h.indexOf("sex")].equals("2") ? 1 : 0});
      ys.add(r[h.indexOf("status")].equals("2") ? 1.0 : 0.0);
      rows.add(new double[] {Double.parseDouble(age), Double.parseDouble(ecog)});
    }
    t = ts.stream().mapToInt(a -> a[0]).toArray();
    y = ys.stream().mapToDouble(Double::doubleValue).toArray();
    x = rows.toArray(new double[0][]);
    ref = new HashMap<>();
    for (String l : lines("/effect/ipw_lung.txt")) {
      int eq = l.indexOf('=');
      ref.put(l.substring(0, eq), l.substring(eq + 1));
    }
  }

  @Test
  void ateEqualsR() {
    IpwResult r = Ipw.estimate(t, y, x, NAMES, IpwSettings.defaults(1).withBootstrapReplicates(0));
    assertThat(t).hasSize(Integer.parseInt(ref.get("n")));
    assertThat(r.estimate()).isCloseTo(num("ate"), within(TOL));
    assertThat(r.meanTreated()).isCloseTo(num("ate_mu1"), within(TOL));
    assertThat(r.meanControl()).isCloseTo(num("ate_mu0"), within(TOL));
    assertThat(r.naiveDifference()).isCloseTo(num("naive"), within(TOL));
    String[] w5 = ref.get("weights_ate_first5").split(" ");
    for (int i = 0; i < 5; i++) {
      assertThat(r.weights()[i]).isCloseTo(Double.parseDouble(w5[i]), within(TOL));
    }
    assertThat(r.balance()).extracting(Balance::covariate).containsExactly("age", "ph.ecog");
    assertThat(r.balance().get(0).smdBefore()).isCloseTo(num("smd_before_age"), within(TOL));
    assertThat(r.balance().get(1).smdBefore()).isCloseTo(num("smd_before_ph.ecog"), within(TOL));
    assertThat(r.balance().get(0).smdAfter()).isCloseTo(num("smd_ate_age"), within(TOL));
    assertThat(r.balance().get(1).smdAfter()).isCloseTo(num("smd_ate_ph.ecog"), within(TOL));
    assertThat(r.bootstrap()).isEmpty();
  }

  @Test
  void attEqualsR() {
    IpwResult r = Ipw.estimate(t, y, x, NAMES,
        IpwSettings.defaults(1).withBootstrapReplicates(0).withEstimand(Estimand.ATT));
    assertThat(r.estimate()).isCloseTo(num("att"), within(TOL));
    assertThat(r.balance().get(0).smdAfter()).isCloseTo(num("smd_att_age"), within(TOL));
    assertThat(r.balance().get(1).smdAfter()).isCloseTo(num("smd_att_ph.ecog"), within(TOL));
  }

  @Test
  void truncationsEqualR() {
    IpwSettings base = IpwSettings.defaults(1).withBootstrapReplicates(0);
    assertThat(Ipw.estimate(t, y, x, NAMES, base.withTruncation(Truncation.weightQuantiles(0.05))).estimate())
        .isCloseTo(num("ate_trunc05"), within(TOL));
    assertThat(Ipw.estimate(t, y, x, NAMES, base.withTruncation(Truncation.propensityBounds(0.3))).estimate())
        .isCloseTo(num("ate_bounds03"), within(TOL));
  }

  @Test
  void bootstrapIsDeterministicForASeed() {
    IpwSettings s = IpwSettings.defaults(99).withBootstrapReplicates(50);
    BootstrapInterval a = Ipw.estimate(t, y, x, NAMES, s).bootstrap().orElseThrow();
    BootstrapInterval b = Ipw.estimate(t, y, x, NAMES, s).bootstrap().orElseThrow();
    assertThat(a).isEqualTo(b);
    assertThat(a.used()).isEqualTo(50);
    assertThat(a.lower()).isLessThan(num("ate")).isLessThan(a.upper());
  }

  private static double num(String key) {
    return Double.parseDouble(ref.get(key));
  }

  private static List<String> lines(String resource) {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        IpwReferenceTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      return r.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
