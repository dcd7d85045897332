package fr.parcours.exchange.olinpe;

/**
 * The numbered catalogue of checks on an OLINPE file (French titles and rules, shown in reports
 * and in {@code docs/olinpe.md}). A check that finds nothing is green; otherwise it takes its grade.
 */
public enum OlinpeCheck {
  C01("C01", Grade.ROUGE, "Fichier conforme au schéma", "Le fichier est du XML bien formé et conforme à olinpe.xsd (pour un CSV : chaque ligne, mise en XML, est conforme)."),
  C02("C02", Grade.ROUGE, "DECISION renseignée", "Chaque évènement porte DECISION (1 administrative, 2 judiciaire) ; absente ou 9 = manquante."),
  C03("C03", Grade.ROUGE, "Fin avec motif", "Une fin (TYPEV 3) porte MOTFININT."),
  C04("C04", Grade.ROUGE, "Décision administrative avec sa nature", "DECISION 1 porte NATPDECADM."),
  C05("C05", Grade.ROUGE, "Placement judiciaire avec lieu", "Un placement judiciaire (DECISION 2, NATDECASSED 3 à 7) porte LIEUPLAC connu (ni absent ni 99)."),
  C06("C06", Grade.ROUGE, "Fin avec début correspondant", "Une fin a un début ou un renouvellement (TYPEV 1 ou 2) de même NUMANONYM (ou NUMANONYMANT), même DATDECPE, même DECISION et même nature, dans ce fichier ou les fichiers précédents donnés, quand l'année de DATDECPE est couverte par ces fichiers."),
  C07("C07", Grade.ORANGE, "Fin d'une mesure commencée avant les fichiers fournis", "Une fin dont l'année de DATDECPE n'est couverte par aucun fichier fourni : à vérifier avec le fichier de cette année (--previous)."),
  C08("C08", Grade.ORANGE, "Durée plausible", "La durée d'une mesure qui finit (de DATDECPE à DATFININT, à défaut DATFINACC) ne dépasse pas la durée légale de sa nature (durees.csv) de plus de 31 jours."),
  C09("C09", Grade.ROUGE, "Pas de doublon", "Deux évènements n'ont pas les mêmes NUMANONYM, TYPEV, NATPDECADM, DATDECPE, LIEUACC et TYPINTERDOM."),
  C10("C10", Grade.ROUGE, "Un identifiant, une personne", "Un même NUMANONYM porte toujours le même SEXE, MNAIS et ANAIS (dans ce fichier et les fichiers précédents donnés)."),
  C11("C11", Grade.ROUGE, "Dates dans l'année", "La date de l'évènement (DATDECPE pour un début ou un renouvellement, DATFININT ou DATFINACC pour une fin) tombe dans l'année du fichier, et aucune date n'est postérieure à DATEXPORT."),
  C12("C12", Grade.ROUGE, "Identifiant présent et bien formé", "NUMANONYM est présent et fait 40 caractères hexadécimaux ; TYPEV vaut 1, 2 ou 3.");

  /** Grade of a check that fails (a passing check is {@link #VERT}). */
  public enum Grade {
    ROUGE("rouge"),
    ORANGE("orange"),
    VERT("vert");

    private final String label;

    Grade(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  private final String number;
  private final Grade grade;
  private final String title;
  private final String rule;

  OlinpeCheck(String number, Grade grade, String title, String rule) {
    this.number = number;
    this.grade = grade;
    this.title = title;
    this.rule = rule;
  }

  public String number() {
    return number;
  }

  public Grade grade() {
    return grade;
  }

  public String title() {
    return title;
  }

  public String rule() {
    return rule;
  }
}
