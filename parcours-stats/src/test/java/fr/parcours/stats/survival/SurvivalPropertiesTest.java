package fr.parcours.stats.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Properties that tie the estimators to textbook identities or to naive reference versions. */
class SurvivalPropertiesTest {

  /** Without censoring, S(t) is the empirical survival function #{T_i &gt; t}/n. */
  @Property(tries = 200)
  void kmWithoutCensoringIsEmpiricalSurvival(@ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 30) Integer> times) {
    double[] t = times.stream().mapToDouble(Integer::doubleValue).toArray();
    int[] status = new int[t.length];
    java.util.Arrays.fill(status, 1);
    SurvCurve c = KaplanMeier.fit(t, status);
    for (int k = 0; k < c.time().length; k++) {
      double tk = c.time()[k];
      long above = times.stream().filter(v -> v > tk).count();
      assertThat(c.surv()[k]).isCloseTo((double) above / t.length, within(1e-12));
    }
  }

  /** Integer case weights are the same as repeating rows: curve, Greenwood se and CIs agree. */
  @Property(tries = 100)
  void integerWeightsEqualReplication(@ForAll("survData") double[][] data, @ForAll @IntRange(min = 1, max = 3) int k) {
    double[] t = data[0];
    int[] st = toStatus(data[1]);
    double[] w = new double[t.length];
    java.util.Arrays.fill(w, k);
    double[] tr = new double[t.length * k];
    int[] sr = new int[t.length * k];
    for (int i = 0; i < tr.length; i++) {
      tr[i] = t[i % t.length];
      sr[i] = st[i % t.length];
    }
    SurvCurve a = KaplanMeier.fit(t, st, w, ConfType.LOG, 0.95);
    SurvCurve b = KaplanMeier.fit(tr, sr, null, ConfType.LOG, 0.95);
    assertThat(a.surv()).containsExactly(b.surv(), within(1e-12));
    assertThat(a.stdErr()).containsExactly(b.stdErr(), within(1e-12));
    assertThat(a.cumHaz()).containsExactly(b.cumHaz(), within(1e-12));
  }

  /** With one cause, the Aalen–Johansen CIF is 1 − Kaplan–Meier. */
  @Property(tries = 100)
  void singleCauseCifIsOneMinusKm(@ForAll("survData") double[][] data) {
    int[] st = toStatus(data[1]);
    SurvCurve km = KaplanMeier.fit(data[0], st);
    CifCurve cif = AalenJohansen.fit(data[0], st, null, ConfType.LOG, 0.95);
    if (cif.pstate().length < 2) {
      return; // no event at all
    }
    for (int k = 0; k < km.time().length; k++) {
      assertThat(cif.pstate()[1][k]).isCloseTo(1 - km.surv()[k], within(1e-12));
      assertThat(cif.pstate()[0][k]).isCloseTo(km.surv()[k], within(1e-12));
    }
  }

  /**
   * Concordance by the Fenwick-tree sweeps equals the O(n²) definition over all pairs.
   */
  @Property(tries = 100)
  void concordanceEqualsPairwiseDefinition(@ForAll("survData") double[][] data, @ForAll("scores") double[] score) {
    double[] t = data[0];
    int n = Math.min(t.length, score.length);
    t = java.util.Arrays.copyOf(t, n);
    int[] st = java.util.Arrays.copyOf(toStatus(data[1]), n);
    double[] x = java.util.Arrays.copyOf(score, n);
    double conc = 0;
    double disc = 0;
    double tx = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (st[i] == 1 && (t[j] > t[i] || (t[j] == t[i] && st[j] == 0))) {
          if (x[i] > x[j]) {
            conc++;
          } else if (x[i] < x[j]) {
            disc++;
          } else {
            tx++;
          }
        }
      }
    }
    if (conc + disc + tx == 0) {
      return;
    }
    ConcordanceResult r = Concordance.compute(t, st, x, null);
    assertThat(r.concordant()).isEqualTo(conc);
    assertThat(r.discordant()).isEqualTo(disc);
    assertThat(r.tiedX()).isEqualTo(tx);
  }

  /** Cox with one binary covariate and no tied times: the score test is the log-rank χ². */
  @Property(tries = 100)
  void coxScoreTestEqualsLogRankWithoutTies(@ForAll("distinctTimes") double[] t, @ForAll("flags") boolean[] g) {
    int n = Math.min(t.length, g.length);
    double[] time = java.util.Arrays.copyOf(t, n);
    int[] status = new int[n];
    double[][] x = new double[n][1];
    String[] group = new String[n];
    int ones = 0;
    for (int i = 0; i < n; i++) {
      status[i] = i % 4 == 3 ? 0 : 1;
      x[i][0] = g[i] ? 1 : 0;
      group[i] = g[i] ? "b" : "a";
      ones += g[i] ? 1 : 0;
    }
    if (ones < 2 || ones > n - 2) {
      return; // degenerate: one group nearly empty, Cox may diverge
    }
    LogRankResult lr = LogRank.test(time, status, group);
    CoxResult fit;
    try {
      fit = CoxPh.fit(time, status, x, List.of("g"));
    } catch (IllegalArgumentException singular) {
      return;
    }
    assertThat(fit.score().statistic()).isCloseTo(lr.chiSquare(), within(1e-9 * Math.max(1, lr.chiSquare())));
  }

  @Provide
  Arbitrary<double[][]> survData() {
    return Arbitraries.integers().between(1, 40).flatMap(n ->
        Combinators.combine(
                Arbitraries.integers().between(0, 15).array(int[].class).ofSize(n),
                Arbitraries.integers().between(0, 1).array(int[].class).ofSize(n))
            .as((t, s) -> new double[][] {
              java.util.Arrays.stream(t).asDoubleStream().toArray(), java.util.Arrays.stream(s).asDoubleStream().toArray()
            }));
  }

  @Provide
  Arbitrary<double[]> scores() {
    return Arbitraries.integers().between(0, 5).array(int[].class).ofSize(40)
        .map(a -> java.util.Arrays.stream(a).asDoubleStream().toArray());
  }

  @Provide
  Arbitrary<double[]> distinctTimes() {
    return Arbitraries.integers().between(1, 1000).set().ofMinSize(6).ofMaxSize(40)
        .map(s -> s.stream().mapToDouble(Integer::doubleValue).toArray());
  }

  @Provide
  Arbitrary<boolean[]> flags() {
    return Arbitraries.of(true, false).list().ofSize(40).map(l -> {
      boolean[] b = new boolean[l.size()];
      for (int i = 0; i < b.length; i++) {
        b[i] = l.get(i);
      }
      return b;
    });
  }

  private static int[] toStatus(double[] s) {
    return java.util.Arrays.stream(s).mapToInt(v -> (int) v).toArray();
  }
}
