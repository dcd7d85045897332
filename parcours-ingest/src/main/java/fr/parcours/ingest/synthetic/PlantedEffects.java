package fr.parcours.ingest.synthetic;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The planted models, stated once: what the effect-estimation code must recover.
 *
 * <p>(a) CJM uptake, for a person placed on the day they turn 17½:
 * {@code logit P(CJM) = CJM_INTERCEPT + CJM_PERIOD[period] + territory.cjmLogit
 * + CJM_PER_YEAR_IN_CARE * min(monthsInCare, 216)/12 + CJM_PER_CHANGE * min(changes, 10)
 * + CJM_MNA * mna + CJM_FEMALE * female}.
 *
 * <p>(b) RSA opened before 25 for the same population:
 * {@code P0 = RSA_FLOOR + RSA_SPAN * expit(RSA_INTERCEPT + RSA_PERIOD[period] + territory.rsaLogit
 * + RSA_PER_YEAR_IN_CARE * min(monthsInCare, 216)/12 + RSA_PER_CHANGE * min(changes, 10)
 * + RSA_MNA * mna + RSA_FEMALE * female)} without a CJM, and {@code P1 = P0 + CJM_EFFECT_ON_RSA}
 * with one. {@code RSA_FLOOR > -CJM_EFFECT_ON_RSA}, so P1 stays a probability and the effect is
 * exactly {@code CJM_EFFECT_ON_RSA} for every person (ATE = ATT = that value). Both models use
 * the same observable covariates: instability raises RSA and lowers CJM uptake, MNA status
 * lowers RSA and raises uptake, so a naive comparison is biased.
 */
final class PlantedEffects {
  private PlantedEffects() {}

  static final double CJM_INTERCEPT = 0.60;
  static final double[] CJM_PERIOD = {-0.60, 0.0, 0.25, 1.30};
  static final double CJM_PER_YEAR_IN_CARE = 0.10;
  static final double CJM_PER_CHANGE = -0.30;
  static final double CJM_MNA = 0.80;
  static final double CJM_FEMALE = 0.25;

  static final double CJM_EFFECT_ON_RSA = -0.12;
  static final double RSA_FLOOR = 0.15;
  static final double RSA_SPAN = 0.55;
  static final double RSA_INTERCEPT = -0.80;
  static final double[] RSA_PERIOD = {0.20, 0.0, -0.10, -0.20};
  static final double RSA_PER_YEAR_IN_CARE = -0.05;
  static final double RSA_PER_CHANGE = 0.35;
  static final double RSA_MNA = -0.90;
  static final double RSA_FEMALE = 0.40;

  /** CJM duration (ELAP shares among CJMs): under 6 months, to 21, in between; before 2022. */
  static final double[] CJM_DURATION_SHARES = {0.12, 0.25, 0.63};
  /** Same from 2022 on (loi Taquet: support to 21 becomes a duty). */
  static final double[] CJM_DURATION_SHARES_TAQUET = {0.08, 0.42, 0.50};
  /** Share of CJMs that start 1 to 180 days after the 18th birthday instead of on it. */
  static final double CJM_LATE_START = 0.10;

  static double pCjm(Covariates x) {
    double eta = CJM_INTERCEPT + CJM_PERIOD[x.period().ordinal()]
        + SimulationData.INSTANCE.territory(x.territory()).cjmLogit()
        + CJM_PER_YEAR_IN_CARE * Math.min(x.monthsInCare(), 216) / 12
        + CJM_PER_CHANGE * Math.min(x.placeChanges(), 10)
        + (x.mna() ? CJM_MNA : 0) + (x.female() ? CJM_FEMALE : 0);
    return expit(eta);
  }

  static double pRsaWithoutCjm(Covariates x) {
    double eta = RSA_INTERCEPT + RSA_PERIOD[x.period().ordinal()]
        + SimulationData.INSTANCE.territory(x.territory()).rsaLogit()
        + RSA_PER_YEAR_IN_CARE * Math.min(x.monthsInCare(), 216) / 12
        + RSA_PER_CHANGE * Math.min(x.placeChanges(), 10)
        + (x.mna() ? RSA_MNA : 0) + (x.female() ? RSA_FEMALE : 0);
    return RSA_FLOOR + RSA_SPAN * expit(eta);
  }

  static double expit(double eta) {
    return 1 / (1 + Math.exp(-eta));
  }

  /** Every planted parameter, for {@code parametres.json}. */
  static Map<String, Object> describe() {
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Object> cjm = new LinkedHashMap<>();
    cjm.put("population", "personnes placées (mesure de la famille PLACEMENT) le jour de leurs 17 ans et 6 mois");
    cjm.put("modele", "logit P(CJM) = constante + periode + territoire + par_annee_prise_en_charge * min(mois,216)/12"
        + " + par_changement_lieu * min(changements,10) + mna + femme");
    cjm.put("constante", CJM_INTERCEPT);
    cjm.put("periode", periods(CJM_PERIOD));
    cjm.put("territoire", territories(true));
    cjm.put("par_annee_prise_en_charge", CJM_PER_YEAR_IN_CARE);
    cjm.put("par_changement_lieu", CJM_PER_CHANGE);
    cjm.put("mna", CJM_MNA);
    cjm.put("femme", CJM_FEMALE);
    cjm.put("part_debut_differe_1_a_180_jours", CJM_LATE_START);
    cjm.put("durees_avant_2022", durations(CJM_DURATION_SHARES));
    cjm.put("durees_2022_et_apres", durations(CJM_DURATION_SHARES_TAQUET));
    out.put("acces_cjm", cjm);
    Map<String, Object> rsa = new LinkedHashMap<>();
    rsa.put("population", "même population que acces_cjm");
    rsa.put("modele", "P0 = plancher + amplitude * expit(constante + periode + territoire + par_annee_prise_en_charge"
        + " * min(mois,216)/12 + par_changement_lieu * min(changements,10) + mna + femme) ; P1 = P0 + effet_cjm");
    rsa.put("effet_cjm", CJM_EFFECT_ON_RSA);
    rsa.put("plancher", RSA_FLOOR);
    rsa.put("amplitude", RSA_SPAN);
    rsa.put("constante", RSA_INTERCEPT);
    rsa.put("periode", periods(RSA_PERIOD));
    rsa.put("territoire", territories(false));
    rsa.put("par_annee_prise_en_charge", RSA_PER_YEAR_IN_CARE);
    rsa.put("par_changement_lieu", RSA_PER_CHANGE);
    rsa.put("mna", RSA_MNA);
    rsa.put("femme", RSA_FEMALE);
    rsa.put("tirage", "une seule uniforme u par personne : RSA avant 25 ans si u < P(CJM observé)");
    out.put("rsa_avant_25_ans", rsa);
    Map<String, Object> terr = new LinkedHashMap<>();
    for (SimulationData.Territory t : SimulationData.INSTANCE.territories) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("poids_population", t.populationWeight());
      m.put("multiplicateur_ip", t.ipMultiplier());
      m.put("multiplicateur_placement", t.placementMultiplier());
      terr.put(t.code(), m);
    }
    out.put("territoires", terr);
    return out;
  }

  private static Map<String, Object> periods(double[] values) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (Covariates.Period p : Covariates.Period.values()) m.put(p.label, values[p.ordinal()]);
    return m;
  }

  private static Map<String, Object> territories(boolean cjm) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (SimulationData.Territory t : SimulationData.INSTANCE.territories) {
      m.put(t.code(), cjm ? t.cjmLogit() : t.rsaLogit());
    }
    return m;
  }

  private static Map<String, Object> durations(double[] shares) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("moins_de_6_mois", shares[0]);
    m.put("jusqu_a_21_ans", shares[1]);
    m.put("entre_les_deux", shares[2]);
    return m;
  }
}
