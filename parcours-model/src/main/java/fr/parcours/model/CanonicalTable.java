package fr.parcours.model;

import static fr.parcours.model.CanonicalField.code;
import static fr.parcours.model.CanonicalField.date;
import static fr.parcours.model.CanonicalField.text;

import java.util.List;
import java.util.Optional;

/**
 * The canonical model's tables: what every source is mapped onto, and the workspace's layout.
 * The first field is the row identifier; {@code person_id} links every table to {@link #PERSONS}.
 */
public enum CanonicalTable {
  PERSONS(
      "persons",
      "Individus",
      List.of(
          text("person_id", true, "identifiant de la personne dans la source"),
          text("usage_name", false, "nom d'usage"),
          text("birth_name", false, "nom de naissance"),
          text("first_names", false, "prénoms"),
          code("sex", false, "sexes", "sexe"),
          date("birth_date", false, "date de naissance"),
          text("birth_commune", false, "commune de naissance"),
          text("mother_birth_name", false, "nom de naissance de la mère"),
          new CanonicalField("unaccompanied_minor", FieldType.BOOLEAN, false, null, "mineur non accompagné"),
          date("death_date", false, "date de décès"))),
  CONCERN_REPORTS(
      "concern_reports",
      "Informations préoccupantes",
      List.of(
          text("report_id", true, "identifiant de l'IP"),
          text("person_id", true, "identifiant de la personne"),
          date("received_date", true, "date de réception"),
          code("origin", false, "origines_ip", "origine"),
          new CanonicalField("danger_types", FieldType.CODES, false, "dangers", "types de danger"),
          date("outcome_date", false, "date de la suite"),
          code("outcome", false, "suites_ip", "suite donnée"))),
  MEASURES(
      "measures",
      "Mesures",
      List.of(
          text("measure_id", true, "identifiant de la mesure"),
          text("person_id", true, "identifiant de la personne"),
          code("measure_type", true, "types_mesure", "type de mesure"),
          code("nature", false, "natures_decision", "nature administrative ou judiciaire"),
          code("decision_maker", false, "decideurs", "décideur"),
          date("start_date", true, "date de début"),
          date("end_date", false, "date de fin"),
          code("end_reason", false, "motifs_fin", "motif de fin"),
          code("territory", true, "territoires", "territoire"))),
  PLACEMENTS(
      "placements",
      "Lieux d'accueil",
      List.of(
          text("placement_id", true, "identifiant du lieu d'accueil"),
          text("measure_id", true, "identifiant de la mesure"),
          text("person_id", true, "identifiant de la personne"),
          code("place_type", true, "types_lieu", "type de lieu"),
          date("start_date", true, "date de début"),
          date("end_date", false, "date de fin"),
          text("place_departement", false, "département du lieu"))),
  RSA(
      "rsa",
      "Droits au RSA",
      List.of(
          text("rsa_id", true, "identifiant du droit"),
          text("person_id", true, "identifiant de la personne"),
          date("open_date", true, "date d'ouverture"),
          date("close_date", false, "date de fermeture"))),
  HOUSING(
      "housing",
      "Démarches de logement",
      List.of(
          text("housing_id", true, "identifiant de la démarche"),
          text("person_id", true, "identifiant de la personne"),
          code("step_type", true, "demarches_logement", "type de démarche"),
          date("step_date", true, "date de la démarche"))),
  MDPH(
      "mdph",
      "Décisions MDPH",
      List.of(
          text("decision_id", true, "identifiant de la décision"),
          text("person_id", true, "identifiant de la personne"),
          code("decision_type", true, "decisions_mdph", "type de décision"),
          date("decision_date", true, "date de la décision"),
          date("rights_end_date", false, "date de fin de droit")));

  private final String tableName;
  private final String label;
  private final List<CanonicalField> fields;

  CanonicalTable(String tableName, String label, List<CanonicalField> fields) {
    this.tableName = tableName;
    this.label = label;
    this.fields = fields;
  }

  /** Name of the table in the workspace and in mapping files. */
  public String tableName() {
    return tableName;
  }

  /** French label. */
  public String label() {
    return label;
  }

  public List<CanonicalField> fields() {
    return fields;
  }

  public CanonicalField idField() {
    return fields.get(0);
  }

  public Optional<CanonicalField> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  public int indexOf(String name) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).name().equals(name)) return i;
    }
    return -1;
  }

  public static Optional<CanonicalTable> byName(String tableName) {
    for (CanonicalTable t : values()) {
      if (t.tableName.equals(tableName)) return Optional.of(t);
    }
    return Optional.empty();
  }
}
