package fr.parcours.model;

/** The project's code lists, loaded once from the data files. */
public final class Nomenclatures {
  private Nomenclatures() {}

  public static final Nomenclature MEASURE_TYPES = Nomenclature.load("types_mesure");
  public static final Nomenclature PLACE_TYPES = Nomenclature.load("types_lieu");
  public static final Nomenclature END_REASONS = Nomenclature.load("motifs_fin");
  public static final Nomenclature TERRITORIES = Nomenclature.load("territoires");
  public static final Nomenclature STATES = Nomenclature.load("etats");
  public static final Nomenclature REPORT_ORIGINS = Nomenclature.load("origines_ip");
  public static final Nomenclature DANGERS = Nomenclature.load("dangers");
  public static final Nomenclature REPORT_OUTCOMES = Nomenclature.load("suites_ip");
  public static final Nomenclature DECISION_NATURES = Nomenclature.load("natures_decision");
  public static final Nomenclature DECISION_MAKERS = Nomenclature.load("decideurs");
  public static final Nomenclature HOUSING_STEPS = Nomenclature.load("demarches_logement");
  public static final Nomenclature MDPH_DECISIONS = Nomenclature.load("decisions_mdph");
  public static final Nomenclature SEXES = Nomenclature.load("sexes");

  /** Measure family of a measure type: DOMICILE, PLACEMENT or JEUNE_MAJEUR. */
  public static String measureFamily(String measureType) {
    return MEASURE_TYPES.get(measureType).attribute("famille");
  }

  /** Category of a place type: FAMILLE_ACCUEIL, ETABLISSEMENT or AUTRE. */
  public static String placeCategory(String placeType) {
    return PLACE_TYPES.get(placeType).attribute("categorie");
  }
}
