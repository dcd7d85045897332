package fr.parcours.engine.analysis;

/** Reads the compact state-permanence notation of {@code sequences_monthly}: {@code (NC,12)-(IP,3)-…}. */
final class Sps {
  private Sps() {}

  /** States of months {@code from..to} (inclusive), or null if one of them is unobserved ({@code *}) or beyond the sequence. */
  static String[] window(String sps, int from, int to) {
    String[] out = new String[to - from + 1];
    int month = 0;
    int i = 0;
    while (i < sps.length() && month <= to) {
      int open = sps.indexOf('(', i);
      int comma = sps.indexOf(',', open);
      int close = sps.indexOf(')', comma);
      if (open < 0 || comma < 0 || close < 0) throw new IllegalArgumentException("séquence SPS illisible : " + sps);
      String state = sps.substring(open + 1, comma);
      int length = Integer.parseInt(sps.substring(comma + 1, close));
      for (int m = month; m < month + length && m <= to; m++) {
        if (m >= from) {
          if (state.equals("*")) return null;
          out[m - from] = state;
        }
      }
      month += length;
      i = close + 1;
    }
    return month > to ? out : null;
  }
}
