package fr.parcours.ingest.synthetic;

/**
 * Identifiers that look like a case-management software's: a prefix and a number. Person numbers
 * are a bijective scramble of the person index (so they are not in order), duplicates (dirt) take
 * the scramble of {@code index + 50,000,000}; record numbers are {@code index * 1000 + k}.
 */
final class Ids {
  private Ids() {}

  /** Persons are limited so that person and duplicate numbers never collide. */
  static final int MAX_PERSONS = 10_000_000;
  private static final long MOD = 100_000_000L;
  private static final long MULT = 31_415_927L;
  private static final long ADD = 12_345_678L;

  static String person(int index) {
    return "IND" + pad8(scramble(index));
  }

  static String duplicatePerson(int index) {
    return "IND" + pad8(scramble(index + 50_000_000L));
  }

  static String record(String prefix, int index, int k) {
    return prefix + (10_000_000_000L + (long) index * 1000 + k);
  }

  private static long scramble(long x) {
    return (x * MULT + ADD) % MOD;
  }

  private static String pad8(long v) {
    String s = Long.toString(v);
    return "00000000".substring(s.length()) + s;
  }
}
