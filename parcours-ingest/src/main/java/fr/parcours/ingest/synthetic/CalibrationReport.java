package fr.parcours.ingest.synthetic;

import fr.parcours.model.ConcernReport;
import fr.parcours.model.Measure;
import fr.parcours.model.Nomenclatures;
import fr.parcours.model.Placement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The calibration figures of DOMAIN.md §3, measured on simulated persons (the truth, before
 * dirt): stock shares at a census date (31/12/2022, the DREES figures' date), stays, ELAP exits,
 * IP outcomes, MNA growth and the planted CJM/RSA contrast. Used by the tests and to write the
 * table of {@code docs/generateur.md}.
 */
final class CalibrationReport {
  private final LocalDate census;
  private final LocalDate extractDate;
  private final Map<String, long[]> ratios = new LinkedHashMap<>();
  private final Map<String, double[]> means = new LinkedHashMap<>();

  CalibrationReport(LocalDate extractDate) {
    this.extractDate = extractDate;
    LocalDate c = LocalDate.of(2022, 12, 31);
    this.census = c.isAfter(extractDate) ? extractDate : c;
  }

  private void ratio(String name, boolean hit) {
    long[] r = ratios.computeIfAbsent(name, k -> new long[2]);
    r[1]++;
    if (hit) r[0]++;
  }

  private void mean(String name, double value) {
    double[] m = means.computeIfAbsent(name, k -> new double[2]);
    m[0] += value;
    m[1]++;
  }

  void add(SimPerson p) {
    boolean male = Codes.MALE.equals(p.sex);
    for (Measure m : p.measures) {
      String family = Codes.family(m.measureType());
      if (!covers(m.startDate(), m.endDate(), census)) continue;
      boolean jud = Codes.JUD.equals(m.nature());
      if (Codes.FAMILY_YOUNG_ADULT.equals(family)) {
        mean("stock_cjm", 1);
        continue;
      }
      boolean placed = Codes.FAMILY_PLACEMENT.equals(family);
      mean(placed ? "stock_placements" : "stock_domicile", 1);
      ratio("part_placements_stock", placed);
      ratio(placed ? "part_judiciaire_placements" : "part_judiciaire_domicile", jud);
      ratio(placed ? "part_garcons_places" : "part_garcons_domicile", male);
    }
    for (Placement l : p.placements) {
      if (!covers(l.startDate(), l.endDate(), census)) continue;
      if (Codes.CJM.equals(measureType(p, l.measureId()))) continue;
      String cat = Nomenclatures.placeCategory(l.placeType());
      ratio("part_lieux_famille_accueil", cat.equals("FAMILLE_ACCUEIL"));
      ratio("part_lieux_etablissement", cat.equals("ETABLISSEMENT"));
      ratio("part_lieux_autres", cat.equals("AUTRE"));
      long age = ChronoUnit.YEARS.between(p.birth, census);
      if (age >= 3 && age <= 5) ratio("part_famille_accueil_3_5_ans", cat.equals("FAMILLE_ACCUEIL"));
      if (age >= 16 && age <= 17) ratio("part_famille_accueil_16_17_ans", cat.equals("FAMILLE_ACCUEIL"));
    }
    etablissementStays(p);
    for (ConcernReport r : p.reports) {
      if (r.outcomeDate() == null) continue;
      ratio("part_ip_classees", r.outcome().equals(Codes.IP_CLOSED));
      ratio("part_ip_signalement", r.outcome().equals(Codes.IP_PROSECUTOR));
    }
    int entryYear = p.firstContact.getYear();
    if (p.mna && entryYear >= 2010 && entryYear <= 2014) mean("mna_entrees_2010_2014", 1);
    if (p.mna && entryYear >= 2017 && entryYear <= 2019) mean("mna_entrees_2017_2019", 1);
    if (p.mna) ratio("part_garcons_mna", male);
    ratio("part_mna", p.mna);
    ratio("part_reentrees", reentered(p));
    if (p.death != null && !p.death.isAfter(extractDate)) mean("deces", 1);
    if (p.eligible) eligible(p);
  }

  private void eligible(SimPerson p) {
    Covariates x = p.covariates;
    ratio("cjm_" + x.period().label, p.cjm);
    ratio(p.mna ? "cjm_mna" : "cjm_non_mna", p.cjm);
    ratio("cjm_" + x.territory(), p.cjm);
    mean("changements_lieu_eligibles", x.placeChanges());
    mean("mois_prise_en_charge_eligibles", x.monthsInCare());
    int y18 = p.birth.plusYears(18).getYear();
    if (y18 >= 2013 && y18 <= 2018) {
      boolean shortCjm = p.cjm && ChronoUnit.DAYS.between(p.cjmStart, p.cjmEnd) < 182;
      boolean to21 = p.cjm && p.cjmEnd.equals(p.birth.plusYears(21).minusDays(1));
      ratio("elap_sans_cjm", !p.cjm);
      ratio("elap_cjm_moins_6_mois", shortCjm);
      ratio("elap_cjm_jusqu_a_21_ans", to21);
      ratio("elap_cjm_autre_age", p.cjm && !shortCjm && !to21);
    }
    if (p.birth.plusYears(25).isBefore(extractDate)) {
      ratio(p.cjm ? "rsa25_avec_cjm" : "rsa25_sans_cjm", p.rsaBefore25);
    }
  }

  private void etablissementStays(SimPerson p) {
    Placement open = null;
    long start = 0;
    for (Placement l : p.placements) {
      boolean etab = Nomenclatures.placeCategory(l.placeType()).equals("ETABLISSEMENT");
      boolean continues = open != null && open.placeType().equals(l.placeType()) && open.endDate() != null
          && l.startDate().equals(open.endDate().plusDays(1)) && !open.measureId().equals(l.measureId());
      if (!continues && open != null) closeStay(open, start);
      if (!continues) start = l.startDate().toEpochDay();
      open = etab ? l : null;
      if (!etab) continue;
    }
    if (open != null) closeStay(open, start);
  }

  private void closeStay(Placement last, long start) {
    if (last.endDate() == null) return;
    mean("duree_moyenne_sejour_etablissement_mois", (last.endDate().toEpochDay() - start + 1) / Draws.MONTH);
  }

  private static boolean reentered(SimPerson p) {
    int careSpells = 0;
    String previous = Codes.S_NC;
    for (Spell s : p.spells) {
      boolean care = !s.state().equals(Codes.S_NC) && !s.state().equals(Codes.S_OUT) && !s.state().equals(Codes.S_IP);
      boolean wasCare = !previous.equals(Codes.S_NC) && !previous.equals(Codes.S_OUT) && !previous.equals(Codes.S_IP);
      if (care && !wasCare) careSpells++;
      previous = s.state();
    }
    return careSpells > 1;
  }

  private static String measureType(SimPerson p, String measureId) {
    for (Measure m : p.measures) if (m.measureId().equals(measureId)) return m.measureType();
    return "";
  }

  private static boolean covers(LocalDate start, LocalDate end, LocalDate day) {
    return !start.isAfter(day) && (end == null || !end.isBefore(day));
  }

  /** Figure name → value (shares in [0, 1], means, counts). */
  Map<String, Double> figures() {
    Map<String, Double> out = new LinkedHashMap<>();
    ratios.forEach((k, v) -> out.put(k, v[1] == 0 ? Double.NaN : v[0] / (double) v[1]));
    means.forEach((k, v) -> out.put(k, k.startsWith("stock_") || k.startsWith("mna_entrees") || k.equals("deces")
        ? v[0] : v[0] / v[1]));
    Double with = out.get("rsa25_avec_cjm");
    Double without = out.get("rsa25_sans_cjm");
    if (with != null && without != null) out.put("difference_naive_rsa25", with - without);
    return out;
  }

  /** Denominator of a share. */
  long denominator(String name) {
    long[] r = ratios.get(name);
    return r == null ? 0 : r[1];
  }
}
