package fr.parcours.ingest.synthetic;

import java.util.List;

/**
 * The files the generator writes: the extract (docs/extrait-reference.md) and the ground truth
 * (docs/generateur.md). Extract files use the chosen encoding and CRLF; truth files UTF-8 and LF.
 */
enum OutFile {
  INDIVIDUS(true, "individus.csv", "id_individu", "nom_usage", "nom_naissance", "prenoms", "sexe", "date_naissance",
      "commune_naissance", "nom_naissance_mere", "mna", "date_deces"),
  IP(true, "informations_preoccupantes.csv", "id_ip", "id_individu", "date_reception", "origine", "types_danger",
      "date_suite", "suite"),
  MESURES(true, "mesures.csv", "id_mesure", "id_individu", "type_mesure", "nature", "decideur", "date_debut",
      "date_fin", "motif_fin", "territoire"),
  LIEUX(true, "lieux_accueil.csv", "id_lieu", "id_mesure", "id_individu", "type_lieu", "date_debut", "date_fin",
      "departement_lieu"),
  RSA(true, "rsa.csv", "id_droit", "id_individu", "date_ouverture", "date_fermeture"),
  LOGEMENT(true, "logement.csv", "id_demarche", "id_individu", "type_demarche", "date_demarche"),
  MDPH(true, "mdph.csv", "id_decision", "id_individu", "type_decision", "date_decision", "date_fin_droit"),

  PERSONNES(false, "personnes.csv", "id_vrai", "ids_source", "sexe", "date_naissance", "mna", "territoire",
      "date_deces", "nom_naissance", "prenoms", "date_premier_contact", "population_cjm",
      "mois_prise_en_charge_avant_18", "nb_changements_lieu_avant_18", "periode", "p_cjm", "cjm", "date_debut_cjm",
      "date_fin_cjm", "p_rsa25_sans_cjm", "p_rsa25", "rsa_avant_25", "date_rsa_avant_25", "rsa_avant_25_observable"),
  V_IP(false, "informations_preoccupantes.csv", prefixed(IP)),
  V_MESURES(false, "mesures.csv", prefixed(MESURES)),
  V_LIEUX(false, "lieux_accueil.csv", prefixed(LIEUX)),
  V_RSA(false, "rsa.csv", prefixed(RSA)),
  V_LOGEMENT(false, "logement.csv", prefixed(LOGEMENT)),
  V_MDPH(false, "mdph.csv", prefixed(MDPH)),
  EPISODES(false, "episodes.csv", "id_vrai", "etat", "date_debut", "date_fin"),
  SALISSURES(false, "salissures.csv", "fichier", "ligne", "identifiant", "salissure", "code_attendu");

  final boolean extract;
  final String fileName;
  final List<String> header;

  OutFile(boolean extract, String fileName, String... header) {
    this.extract = extract;
    this.fileName = fileName;
    this.header = List.of(header);
  }

  String lineEnd() {
    return extract ? "\r\n" : "\n";
  }

  private static String[] prefixed(OutFile f) {
    String[] h = new String[f.header.size() + 1];
    h[0] = "id_vrai";
    for (int i = 0; i < f.header.size(); i++) h[i + 1] = f.header.get(i);
    return h;
  }
}
