package fr.parcours.ingest.synthetic;

import java.time.LocalDate;

/**
 * CSV cell formatting as reporting queries do it: {@code ;} separator, double quotes only when a
 * cell holds {@code ;}, {@code "} or a line break; dates from precomputed tables (formatting
 * millions of dates is the writer's hot path).
 */
final class Csv {
  private Csv() {}

  private static final long FIRST = LocalDate.of(1899, 1, 1).toEpochDay();
  private static final long LAST = LocalDate.of(2150, 12, 31).toEpochDay();
  private static final String[] FR = new String[(int) (LAST - FIRST + 1)];
  private static final String[] ISO = new String[FR.length];

  static {
    for (int i = 0; i < FR.length; i++) {
      LocalDate d = LocalDate.ofEpochDay(FIRST + i);
      String dd = two(d.getDayOfMonth());
      String mm = two(d.getMonthValue());
      String yyyy = Integer.toString(d.getYear());
      FR[i] = dd + "/" + mm + "/" + yyyy;
      ISO[i] = yyyy + "-" + mm + "-" + dd;
    }
  }

  private static String two(int v) {
    return v < 10 ? "0" + v : Integer.toString(v);
  }

  /** dd/mm/yyyy, or "" for null. */
  static String fr(LocalDate d) {
    if (d == null) return "";
    long e = d.toEpochDay();
    return e >= FIRST && e <= LAST ? FR[(int) (e - FIRST)] : d.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  }

  /** yyyy-mm-dd, or "" for null. */
  static String iso(LocalDate d) {
    if (d == null) return "";
    long e = d.toEpochDay();
    return e >= FIRST && e <= LAST ? ISO[(int) (e - FIRST)] : d.toString();
  }

  /** Appends one row: cells joined by {@code ;}, quoted when needed, then the line end. */
  static void appendRow(StringBuilder out, String[] cells, String lineEnd) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) out.append(';');
      appendCell(out, cells[i]);
    }
    out.append(lineEnd);
  }

  static void appendCell(StringBuilder out, String cell) {
    if (cell == null) return;
    boolean quote = false;
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == ';' || c == '"' || c == '\n' || c == '\r') {
        quote = true;
        break;
      }
    }
    if (!quote) {
      out.append(cell);
      return;
    }
    out.append('"');
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '"') out.append('"');
      out.append(c);
    }
    out.append('"');
  }
}
