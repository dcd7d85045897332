package fr.parcours.ingest.synthetic;

import fr.parcours.model.Nomenclature;
import fr.parcours.model.Nomenclatures;

/**
 * The codes the simulation branches on, each looked up once in the project's nomenclature data
 * files. The simulation needs to know that an AED behaves differently from an AEMO, so the codes
 * have to be named somewhere; naming them only here, and checking each one against the data
 * files when the class loads, means a renamed code fails fast instead of silently never matching.
 */
final class Codes {
  private Codes() {}

  // measure types (types_mesure.csv)
  static final String AED = check(Nomenclatures.MEASURE_TYPES, "AED");
  static final String AESF = check(Nomenclatures.MEASURE_TYPES, "AESF");
  static final String TISF = check(Nomenclatures.MEASURE_TYPES, "TISF");
  static final String AEMO = check(Nomenclatures.MEASURE_TYPES, "AEMO");
  static final String MJIE = check(Nomenclatures.MEASURE_TYPES, "MJIE");
  static final String AP = check(Nomenclatures.MEASURE_TYPES, "AP");
  static final String OPP = check(Nomenclatures.MEASURE_TYPES, "OPP");
  static final String PJ = check(Nomenclatures.MEASURE_TYPES, "PJ");
  static final String TDC = check(Nomenclatures.MEASURE_TYPES, "TDC");
  static final String DAP = check(Nomenclatures.MEASURE_TYPES, "DAP");
  static final String TUTELLE = check(Nomenclatures.MEASURE_TYPES, "TUTELLE");
  static final String PUPILLE = check(Nomenclatures.MEASURE_TYPES, "PUPILLE");
  static final String CJM = check(Nomenclatures.MEASURE_TYPES, "CJM");

  // measure families (attribute "famille" of types_mesure.csv)
  static final String FAMILY_HOME = "DOMICILE";
  static final String FAMILY_PLACEMENT = "PLACEMENT";
  static final String FAMILY_YOUNG_ADULT = "JEUNE_MAJEUR";

  // natures (natures_decision.csv)
  static final String ADM = check(Nomenclatures.DECISION_NATURES, "ADM");
  static final String JUD = check(Nomenclatures.DECISION_NATURES, "JUD");

  // decision makers (decideurs.csv)
  static final String PCD = check(Nomenclatures.DECISION_MAKERS, "PCD");
  static final String JE = check(Nomenclatures.DECISION_MAKERS, "JE");
  static final String PARQUET = check(Nomenclatures.DECISION_MAKERS, "PARQUET");
  static final String JT = check(Nomenclatures.DECISION_MAKERS, "JT");

  // place types (types_lieu.csv); the others are only drawn from lieux-simulation.csv
  static final String PLACE_TDC = check(Nomenclatures.PLACE_TYPES, "TDC");

  // end reasons (motifs_fin.csv)
  static final String END_MAJORITY = check(Nomenclatures.END_REASONS, "MAJORITE");
  static final String END_21 = check(Nomenclatures.END_REASONS, "LIMITE_21_ANS");
  static final String END_TERM = check(Nomenclatures.END_REASONS, "FIN_CONTRAT");
  static final String END_FAMILY = check(Nomenclatures.END_REASONS, "RETOUR_FAMILLE");
  static final String END_RELEASE = check(Nomenclatures.END_REASONS, "MAINLEVEE");
  static final String END_RELAY = check(Nomenclatures.END_REASONS, "RELAIS");
  static final String END_AUTONOMY = check(Nomenclatures.END_REASONS, "AUTONOMIE");
  static final String END_BREAK = check(Nomenclatures.END_REASONS, "RUPTURE");
  static final String END_MOVE = check(Nomenclatures.END_REASONS, "DEMENAGEMENT");
  static final String END_ADOPTION = check(Nomenclatures.END_REASONS, "ADOPTION");
  static final String END_DEATH = check(Nomenclatures.END_REASONS, "DECES");

  // IP outcomes (suites_ip.csv)
  static final String IP_CLOSED = check(Nomenclatures.REPORT_OUTCOMES, "CLASSEMENT");
  static final String IP_ADM = check(Nomenclatures.REPORT_OUTCOMES, "MESURE_ADM");
  static final String IP_PROSECUTOR = check(Nomenclatures.REPORT_OUTCOMES, "SIGNALEMENT");
  static final String IP_PENDING = check(Nomenclatures.REPORT_OUTCOMES, "EN_COURS");

  // states (etats.csv)
  static final String S_NC = check(Nomenclatures.STATES, "NC");
  static final String S_IP = check(Nomenclatures.STATES, "IP");
  static final String S_DOM_ADM = check(Nomenclatures.STATES, "DOM_ADM");
  static final String S_DOM_JUD = check(Nomenclatures.STATES, "DOM_JUD");
  static final String S_CJM = check(Nomenclatures.STATES, "CJM");
  static final String S_OUT = check(Nomenclatures.STATES, "SORTI");

  // sexes (sexes.csv)
  static final String MALE = check(Nomenclatures.SEXES, "M");
  static final String FEMALE = check(Nomenclatures.SEXES, "F");

  // other directions
  static final String HLM_REQUEST = check(Nomenclatures.HOUSING_STEPS, "DEMANDE_HLM");
  static final String HLM_ALLOCATION = check(Nomenclatures.HOUSING_STEPS, "ATTRIBUTION_HLM");
  static final String FSL = check(Nomenclatures.HOUSING_STEPS, "AIDE_FSL");
  static final String AEEH = check(Nomenclatures.MDPH_DECISIONS, "AEEH");
  static final String AAH = check(Nomenclatures.MDPH_DECISIONS, "AAH");
  static final String RQTH = check(Nomenclatures.MDPH_DECISIONS, "RQTH");
  static final String ORIENTATION = check(Nomenclatures.MDPH_DECISIONS, "ORIENTATION");

  /** Family of a measure type (attribute {@code famille}). */
  static String family(String measureType) {
    return Nomenclatures.measureFamily(measureType);
  }

  /** Usual nature of a measure type (attribute {@code nature_habituelle}). */
  static String usualNature(String measureType) {
    return Nomenclatures.MEASURE_TYPES.get(measureType).attribute("nature_habituelle");
  }

  /** State of a place type (attribute {@code etat} of types_lieu.csv, added for the trajectories). */
  static String placeState(String placeType) {
    return Nomenclatures.PLACE_TYPES.get(placeType).attribute("etat");
  }

  /** State of an at-home measure: DOM_ADM or DOM_JUD by its nature. */
  static String homeState(String nature) {
    return JUD.equals(nature) ? S_DOM_JUD : S_DOM_ADM;
  }

  private static String check(Nomenclature list, String code) {
    return list.get(code).code();
  }
}
