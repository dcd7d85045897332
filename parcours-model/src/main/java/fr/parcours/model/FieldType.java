package fr.parcours.model;

/** Type of a canonical field, which decides how a source cell is parsed and stored. */
public enum FieldType {
  /** Free text (names, identifiers). */
  TEXT,
  /** A calendar date. */
  DATE,
  /** Yes/no. */
  BOOLEAN,
  /** One code of a nomenclature. */
  CODE,
  /** Several codes of a nomenclature, separated by {@code |}. */
  CODES
}
