package fr.parcours.ingest.load;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Parses source dates with the mapping's patterns. {@code dd/MM/yyyy} and ISO are parsed by hand:
 * millions of dates go through here and {@link DateTimeFormatter} costs about ten times more.
 */
final class Dates {
  private final List<DateTimeFormatter> formats;
  private final boolean frenchFirst;

  Dates(List<DateTimeFormatter> formats, List<String> patterns) {
    this.formats = formats;
    this.frenchFirst = !patterns.isEmpty() && patterns.get(0).equals("dd/MM/yyyy");
  }

  /** The date, or null if the text matches no accepted format or is impossible (31/02). */
  LocalDate parse(String s) {
    if (frenchFirst && s.length() == 10 && s.charAt(2) == '/' && s.charAt(5) == '/') {
      return of(digits(s, 6, 10), digits(s, 3, 5), digits(s, 0, 2));
    }
    for (DateTimeFormatter f : formats) {
      try {
        return LocalDate.parse(s, f);
      } catch (DateTimeParseException ignored) {
        // next format
      }
    }
    if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      return of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
    }
    return null;
  }

  private static LocalDate of(int y, int m, int d) {
    if (y < 0 || m < 0 || d < 0) return null;
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') return -1;
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
