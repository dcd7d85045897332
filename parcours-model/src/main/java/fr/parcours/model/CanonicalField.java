package fr.parcours.model;

/**
 * A column of a canonical table.
 *
 * @param name column name in the workspace (snake_case English)
 * @param nomenclature name of the code list for CODE/CODES fields, else null
 * @param label French description, used in messages and in {@code docs/workspace.md}
 */
public record CanonicalField(String name, FieldType type, boolean mandatory, String nomenclature, String label) {

  static CanonicalField text(String name, boolean mandatory, String label) {
    return new CanonicalField(name, FieldType.TEXT, mandatory, null, label);
  }

  static CanonicalField date(String name, boolean mandatory, String label) {
    return new CanonicalField(name, FieldType.DATE, mandatory, null, label);
  }

  static CanonicalField code(String name, boolean mandatory, String nomenclature, String label) {
    return new CanonicalField(name, FieldType.CODE, mandatory, nomenclature, label);
  }
}
