package fr.parcours.stats.disclosure;

/** What happens to a cell of a protected table. */
public enum CellStatus {
  /** Shown. */
  PUBLISHED,
  /** Primary suppression: a count from 1 to threshold − 1. */
  PRIMARY,
  /** Secondary (complementary) suppression: hidden so that a primary cell cannot be recomputed. */
  SECONDARY;

  public boolean suppressed() {
    return this != PUBLISHED;
  }
}
