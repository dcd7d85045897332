package fr.parcours.engine.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.parcours.engine.workspace.Workspace;
import fr.parcours.trajectory.cohort.CohortAxis;
import fr.parcours.trajectory.cohort.CohortSpec;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Indicators computed on the workspace of a clean extract against the generator's truth: per
 * person where the truth is observable (population, CJM, covariates, RSA before 25), and CJM uptake
 * by period and territory against the planted probabilities within binomial error.
 */
class IndicatorsAgainstTruthTest {
  @TempDir static Path tmp;
  static Truth truth;
  static Map<String, Object[]> indicators = new HashMap<>();

  @BeforeAll
  static void build() throws Exception {
    truth = new Truth(tmp, 6000, 0);
    for (Object[] r : TrajectoryTruthTestSupport.rows(truth, """
        SELECT person_id, placed_at_17_5, cjm, months_in_care_before_18, place_changes_before_18, rsa_before_25, majority_year, territory
        FROM person_indicators""")) {
      indicators.put((String) r[0], r);
    }
  }

  @Test
  void perPersonIndicatorsEqualTheTruthWhereObservable() {
    int cjmCompared = 0;
    int rsaCompared = 0;
    for (Map.Entry<String, Map<String, String>> e : truth.persons.entrySet()) {
      Map<String, String> t = e.getValue();
      Object[] r = indicators.get(truth.sourceId(e.getKey()));
      String cjm = (String) r[2];
      boolean seenAt17Half = !java.time.LocalDate.parse(t.get("date_naissance")).plusMonths(210).isAfter(java.time.LocalDate.of(2025, 12, 31));
      if ("O".equals(t.get("population_cjm")) && seenAt17Half) {
        assertThat((Boolean) r[1]).as(e.getKey()).isTrue();
        if (!cjm.equals("NON_OBSERVABLE")) {
          assertThat(cjm).as(e.getKey()).isEqualTo("O".equals(t.get("cjm")) ? "OUI" : "NON");
          assertThat(((Number) r[3]).doubleValue()).isCloseTo(Double.parseDouble(t.get("mois_prise_en_charge_avant_18")), within(0.001));
          assertThat(((Number) r[4]).intValue()).isEqualTo(Integer.parseInt(t.get("nb_changements_lieu_avant_18")));
          cjmCompared++;
        }
      } else if (seenAt17Half) {
        assertThat(cjm).as(e.getKey()).isEqualTo("NON_CONCERNE");
      }
      if ("O".equals(t.get("rsa_avant_25_observable"))) {
        assertThat((String) r[5]).as(e.getKey()).isEqualTo("O".equals(t.get("rsa_avant_25")) ? "OUI" : "NON");
        rsaCompared++;
      } else {
        assertThat((String) r[5]).isEqualTo("NON_OBSERVABLE");
      }
    }
    assertThat(cjmCompared).isGreaterThan(250);
    assertThat(rsaCompared).isGreaterThan(2000);
  }

  /**
   * CJM uptake by period and by territory against the planted model: the observed rate n_yes / n
   * must lie within 3.5 standard errors of the mean planted probability, the standard error being
   * sqrt(Σ p_i (1 − p_i)) / n (a sum of independent Bernoulli(p_i)); at 3.5 σ a group fails by
   * chance with probability < 0.05 % (13 groups: < 0.6 % for the test).
   */
  @Test
  void cjmUptakeByPeriodAndTerritoryMatchesThePlantedRates() {
    Map<String, double[]> byPeriod = new TreeMap<>();
    Map<String, double[]> byTerritory = new TreeMap<>();
    for (Map.Entry<String, Map<String, String>> e : truth.persons.entrySet()) {
      Map<String, String> t = e.getValue();
      Object[] r = indicators.get(truth.sourceId(e.getKey()));
      String cjm = (String) r[2];
      if (!cjm.equals("OUI") && !cjm.equals("NON")) continue;
      double p = Double.parseDouble(t.get("p_cjm"));
      for (double[] acc : List.of(byPeriod.computeIfAbsent(t.get("periode"), k -> new double[3]),
          byTerritory.computeIfAbsent((String) r[7], k -> new double[3]))) {
        acc[0] += 1;
        acc[1] += cjm.equals("OUI") ? 1 : 0;
        acc[2] += p;
      }
    }
    Map<String, double[]> variance = new HashMap<>();
    for (Map.Entry<String, Map<String, String>> e : truth.persons.entrySet()) {
      Object[] r = indicators.get(truth.sourceId(e.getKey()));
      String cjm = (String) r[2];
      if (!cjm.equals("OUI") && !cjm.equals("NON")) continue;
      double p = Double.parseDouble(e.getValue().get("p_cjm"));
      variance.computeIfAbsent("P" + e.getValue().get("periode"), k -> new double[1])[0] += p * (1 - p);
      variance.computeIfAbsent("T" + r[7], k -> new double[1])[0] += p * (1 - p);
    }
    check(byPeriod, variance, "P");
    check(byTerritory, variance, "T");
    assertThat(byPeriod).containsKeys("2007_2016", "2017_2021", "2022_et_apres");
  }

  private static void check(Map<String, double[]> groups, Map<String, double[]> variance, String prefix) {
    groups.forEach((g, acc) -> {
      double n = acc[0];
      double rate = acc[1] / n;
      double planted = acc[2] / n;
      double se = Math.sqrt(variance.get(prefix + g)[0]) / n;
      System.out.printf(java.util.Locale.ROOT, "accès au CJM %s : %.3f observé, %.3f planté (n = %.0f, écart-type %.3f)%n", g, rate, planted, n, se);
      assertThat(rate).as("groupe %s (n = %.0f)", g, n).isCloseTo(planted, within(3.5 * se + 1e-9));
    });
  }

  @Test
  void protectedCohortTablesNeverShowASmallCount() {
    try (Workspace w = Workspace.open(truth.ws())) {
      var tables = CohortReport.protect(CohortReport.compute(w, new CohortSpec(CohortAxis.MAJORITY_YEAR, true, false, false)), 11);
      int hidden = 0;
      for (PublishedTable t : tables) {
        for (List<String> row : t.rows()) {
          for (int j = t.name().equals("medianes") ? t.headers().size() - 1 : 0; j < row.size(); j++) {
            String cell = row.get(j);
            if (cell.equals(CohortReport.PRIMARY_MARK) || cell.equals(CohortReport.SECONDARY_MARK)) hidden++;
            if (!cell.matches("\\d+")) continue;
            if (t.headers().get(j).equals("cohorte")) continue;
            long v = Long.parseLong(cell);
            assertThat(v == 0 || v >= 11).as("%s, %s = %s", t.name(), t.headers().get(j), cell).isTrue();
          }
        }
      }
      assertThat(hidden).isPositive();
    }
  }

  @Test
  void demoViewsGiveTheChronogramAndTheMostFrequentSequences() {
    try (Workspace w = Workspace.open(truth.ws())) {
      var d = TrajectoryViews.stateDistributionByAge(w, 11);
      assertThat(d.counts()).hasNumberOfRows(252);
      for (int k = 0; k < 252; k++) {
        long sum = 0;
        for (long c : d.counts()[k]) sum += c;
        assertThat(sum).isLessThanOrEqualTo(d.observed()[k]);
      }
      int nc = d.states().indexOf("NC");
      assertThat(d.counts()[0][nc]).isGreaterThan(d.observed()[0] / 2); // most are not known at birth
      var top = TrajectoryViews.topSequences(w, 10, 11);
      assertThat(top).hasSizeBetween(5, 10);
      for (int i = 0; i < top.size(); i++) {
        assertThat(top.get(i).count()).isGreaterThanOrEqualTo(11);
        if (i > 0) assertThat(top.get(i).count()).isLessThanOrEqualTo(top.get(i - 1).count());
        assertThat(top.get(i).sequence()).startsWith("NC");
      }
    }
  }
}
