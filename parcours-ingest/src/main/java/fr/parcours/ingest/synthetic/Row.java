package fr.parcours.ingest.synthetic;

/** One extract row before writing, with the dirt injected into it (if any). */
final class Row {
  final String[] cells;
  /** Identifier of the row as it was before dirt (a dirt may blank it). */
  final String id;
  Dirt dirt;
  /** Locked rows receive no dirt: another dirt's detectability depends on them. */
  boolean locked;

  Row(String[] cells) {
    this.cells = cells;
    this.id = cells[0];
  }
}
