package fr.parcours.ingest.load;

/**
 * Every reason a row is rejected or flagged, with its French explanation and what to do. The
 * codes are stable: they appear in rejects files, the workspace and the docs.
 */
public enum QualityCode {
  CHAMP_OBLIGATOIRE_VIDE("champ obligatoire vide", "complétez la valeur dans le logiciel source ou vérifiez la colonne reliée dans la correspondance"),
  CHAMP_ATTENDU_VIDE("champ attendu vide", "la ligne est chargée sans cette valeur ; complétez-la dans la source si possible"),
  DATE_ILLISIBLE("date illisible ou impossible", "corrigez la date dans la source ou ajoutez son format à « formats_date »"),
  DATE_FICTIVE("date fictive (valeur de remplissage)", "la date est traitée comme inconnue ; saisissez la vraie date dans la source"),
  FIN_AVANT_DEBUT("date de fin antérieure à la date de début", "corrigez l'une des deux dates dans la source"),
  CODE_INCONNU("code absent de la nomenclature", "ajoutez sa traduction dans la section « codes » de la correspondance"),
  VALEUR_OUI_NON_ILLISIBLE("valeur oui/non illisible", "utilisez O/N, oui/non, 1/0 ou traduisez la valeur dans « codes »"),
  IDENTIFIANT_EN_DOUBLE("identifiant déjà présent dans le fichier", "la première ligne est gardée ; supprimez le doublon dans l'export"),
  INDIVIDU_INCONNU("la personne citée n'existe pas (ou a été rejetée) dans le fichier des individus", "vérifiez que l'export des individus est complet"),
  MESURE_INCONNUE("la mesure citée n'existe pas (ou a été rejetée) dans le fichier des mesures", "vérifiez que l'export des mesures est complet"),
  NOMBRE_DE_CHAMPS("nombre de champs différent de l'en-tête", "vérifiez le séparateur et les guillemets de cette ligne"),
  ENCODAGE_REPARE("texte en UTF-8 dans un fichier Windows-1252, réparé", "aucune action : la valeur a été relue correctement"),
  DOUBLON_PROBABLE("même date de naissance, même sexe et nom très proche d'une autre personne", "vérifiez s'il s'agit de la même personne et fusionnez les dossiers dans la source"),
  MESURE_EN_DOUBLE("même personne, même type et même date de début qu'une autre mesure", "supprimez la mesure ressaisie dans la source"),
  CHEVAUCHEMENT("lieu d'accueil qui chevauche un autre lieu de la même mesure", "corrigez les dates de changement de lieu"),
  FIN_MANQUANTE_PROBABLE("mesure sans date de fin alors qu'elle est forcément close", "saisissez la date de fin dans la source"),
  DEBUT_AVANT_NAISSANCE("mesure ou information commencée avant la date de naissance", "vérifiez la date de naissance de la personne");

  private final String label;
  private final String action;

  QualityCode(String label, String action) {
    this.label = label;
    this.action = action;
  }

  /** Short French description. */
  public String label() {
    return label;
  }

  /** What the user should do about it, in French. */
  public String action() {
    return action;
  }
}
