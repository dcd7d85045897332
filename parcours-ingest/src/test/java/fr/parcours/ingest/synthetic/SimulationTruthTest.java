package fr.parcours.ingest.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.parcours.model.ConcernReport;
import fr.parcours.model.Measure;
import fr.parcours.model.Nomenclatures;
import fr.parcours.model.Placement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The truth itself, on 20,000 simulated persons held in memory: calibration figures within their
 * stated tolerances, the planted CJM effect, and the spells equal to those rebuilt from the true
 * records by the documented rules.
 */
class SimulationTruthTest {
  static final LocalDate EXTRACT = LocalDate.of(2025, 12, 31);
  static final List<SimPerson> PERSONS = new ArrayList<>();
  static Map<String, Double> figures;

  @BeforeAll
  static void simulate() {
    PersonSimulator sim = new PersonSimulator(EXTRACT);
    CalibrationReport report = new CalibrationReport(EXTRACT);
    for (int i = 0; i < 20_000; i++) {
      SimPerson p = sim.simulate(i, 7);
      PERSONS.add(p);
      report.add(p);
    }
    figures = report.figures();
    figures.forEach((k, v) -> System.out.printf(java.util.Locale.ROOT, "calibration %s = %.4f (n = %d)%n", k, v,
        report.denominator(k)));
  }

  @Test
  void calibrationFiguresAreWithinTolerance() {
    // DOMAIN.md §3 targets; tolerances cover the sampling noise at 20,000 persons and the model's slack
    assertThat(figures.get("part_placements_stock")).isCloseTo(0.55, within(0.05));
    assertThat(figures.get("part_judiciaire_domicile")).isCloseTo(0.70, within(0.05));
    assertThat(figures.get("part_judiciaire_placements")).isCloseTo(0.78, within(0.05));
    assertThat(figures.get("part_lieux_famille_accueil")).isBetween(0.36, 0.47);
    assertThat(figures.get("part_lieux_etablissement")).isCloseTo(0.41, within(0.05));
    assertThat(figures.get("part_lieux_autres")).isCloseTo(0.21, within(0.05));
    assertThat(figures.get("part_famille_accueil_3_5_ans")).isCloseTo(0.67, within(0.10));
    assertThat(figures.get("part_famille_accueil_16_17_ans")).isCloseTo(0.19, within(0.06));
    assertThat(figures.get("part_garcons_places")).isCloseTo(0.61, within(0.04));
    assertThat(figures.get("part_garcons_domicile")).isCloseTo(0.55, within(0.04));
    assertThat(figures.get("duree_moyenne_sejour_etablissement_mois")).isCloseTo(13, within(4.0));
    assertThat(figures.get("elap_sans_cjm")).isCloseTo(0.27, within(0.05));
    assertThat(figures.get("elap_cjm_moins_6_mois")).isCloseTo(0.09, within(0.04));
    assertThat(figures.get("elap_cjm_autre_age")).isCloseTo(0.46, within(0.06));
    assertThat(figures.get("elap_cjm_jusqu_a_21_ans")).isCloseTo(0.18, within(0.05));
    assertThat(figures.get("part_ip_classees")).isBetween(0.35, 0.55);
    assertThat(figures.get("part_garcons_mna")).isGreaterThan(0.85);
    assertThat(figures.get("mna_entrees_2017_2019") / 3).isGreaterThan(3 * figures.get("mna_entrees_2010_2014") / 5);
    assertThat(figures.get("cjm_2022_et_apres")).isGreaterThan(figures.get("cjm_2017_2021") + 0.08);
  }

  @Test
  void plantedEffectHoldsExactlyAndTheNaiveContrastIsBiased() {
    int eligible = 0;
    for (SimPerson p : PERSONS) {
      if (!p.eligible) continue;
      eligible++;
      double expected = p.pRsaWithout + (p.cjm ? PlantedEffects.CJM_EFFECT_ON_RSA : 0);
      assertThat(p.pRsa).isCloseTo(expected, within(1e-12));
      assertThat(p.pRsaWithout).isGreaterThanOrEqualTo(PlantedEffects.RSA_FLOOR);
      if (p.birth.plusYears(18).isAfter(EXTRACT)) continue; // covariates are not observed yet
      Covariates again = Covariates.of(p.birth, p.sex, p.mna, p.territory, p.measures, p.placements);
      assertThat(again.placeChanges()).isEqualTo(p.covariates.placeChanges());
      assertThat(again.monthsInCare()).isCloseTo(p.covariates.monthsInCare(), within(1e-9));
    }
    assertThat(eligible).isGreaterThan(1500);
    double naive = figures.get("difference_naive_rsa25");
    assertThat(naive).isLessThan(PlantedEffects.CJM_EFFECT_ON_RSA - 0.025);
  }

  @Test
  void spellsEqualTheStatesRebuiltFromTheRecords() {
    for (SimPerson p : PERSONS.subList(0, 3000)) {
      long last = SimPerson.lastObserved(p.death, EXTRACT);
      long first = p.birth.toEpochDay();
      String[] expected = new String[(int) (last - first + 1)];
      rebuild(p, first, last, expected);
      int at = 0;
      for (Spell s : p.spells) {
        assertThat(s.start().toEpochDay()).as(p.trueId).isEqualTo(first + at);
        for (long d = s.start().toEpochDay(); d <= s.end().toEpochDay(); d++) {
          assertThat(s.state()).as(p.trueId + " le " + LocalDate.ofEpochDay(d)).isEqualTo(expected[at++]);
        }
      }
      assertThat(at).isEqualTo(expected.length);
    }
  }

  /** The rules of docs/generateur.md, day by day: the highest-priority state of etats.csv wins. */
  private static void rebuild(SimPerson p, long first, long last, String[] out) {
    int[] priority = new int[out.length];
    java.util.Arrays.fill(priority, -1);
    long firstRecord = Long.MAX_VALUE;
    for (ConcernReport r : p.reports) {
      long s = r.receivedDate().toEpochDay();
      firstRecord = Math.min(firstRecord, s);
      paint(out, priority, first, s, r.outcomeDate() == null ? last : r.outcomeDate().toEpochDay(), Codes.S_IP);
    }
    for (Measure m : p.measures) {
      long s = m.startDate().toEpochDay();
      firstRecord = Math.min(firstRecord, s);
      long e = m.endDate() == null ? last : m.endDate().toEpochDay();
      String family = Codes.family(m.measureType());
      if (family.equals(Codes.FAMILY_HOME)) paint(out, priority, first, s, e, Codes.homeState(m.nature()));
      if (family.equals(Codes.FAMILY_YOUNG_ADULT)) paint(out, priority, first, s, e, Codes.S_CJM);
    }
    for (Placement l : p.placements) {
      long e = l.endDate() == null ? last : l.endDate().toEpochDay();
      paint(out, priority, first, l.startDate().toEpochDay(), e, Codes.placeState(l.placeType()));
    }
    for (int i = 0; i < out.length; i++) {
      if (out[i] == null) out[i] = first + i < firstRecord ? Codes.S_NC : Codes.S_OUT;
    }
  }

  private static void paint(String[] out, int[] priority, long first, long s, long e, String state) {
    int pr = Integer.parseInt(Nomenclatures.STATES.get(state).attribute("priorite"));
    for (long d = s; d <= e; d++) {
      int i = (int) (d - first);
      if (i < 0 || i >= out.length) continue;
      if (pr > priority[i]) {
        priority[i] = pr;
        out[i] = state;
      }
    }
  }
}
