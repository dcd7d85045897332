package fr.parcours.ingest.synthetic;

/**
 * The dirt kinds of docs/extrait-reference.md, each with the code the ingestion is expected to
 * report and its rate as a multiple of {@code --dirt RATE} per eligible unit (person or row).
 */
enum Dirt {
  DOUBLON_INDIVIDU("DOUBLON_PROBABLE", 1.0),
  NAISSANCE_APRES_MESURE("DEBUT_AVANT_NAISSANCE", 0.1),
  ENCODAGE_MELANGE("ENCODAGE_REPARE", 0.5),
  DATE_ILLISIBLE("DATE_ILLISIBLE", 0.25),
  DATE_FICTIVE("DATE_FICTIVE", 0.1),
  FIN_AVANT_DEBUT("FIN_AVANT_DEBUT", 0.1),
  CHAMP_OBLIGATOIRE_VIDE("CHAMP_OBLIGATOIRE_VIDE", 0.1),
  MESURE_EN_DOUBLE("MESURE_EN_DOUBLE", 0.25),
  CHEVAUCHEMENT("CHEVAUCHEMENT", 0.5),
  FIN_MANQUANTE("FIN_MANQUANTE_PROBABLE", 1.0);

  final String expectedCode;
  final double factor;

  Dirt(String expectedCode, double factor) {
    this.expectedCode = expectedCode;
    this.factor = factor;
  }

  /** Person-level kinds share one uniform per person; row-level kinds one uniform per row. */
  boolean personLevel() {
    return ordinal() <= ENCODAGE_MELANGE.ordinal();
  }

  /** Lower bound of this kind's slice of [0, 1) among kinds of the same level. */
  double sliceStart(double rate) {
    double s = 0;
    for (Dirt d : values()) {
      if (d == this) return s;
      if (d.personLevel() == personLevel()) s += d.factor * rate;
    }
    throw new AssertionError();
  }
}
