package fr.parcours.app.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * A named result table of a {@code parcours surv} command: column names and rows of String or
 * Double cells. The first table of a command is its CSV output; JSON holds all tables.
 */
final class SurvTable {
  final String name;
  final List<String> columns;
  final List<Object[]> rows = new ArrayList<>();

  SurvTable(String name, String... columns) {
    this.name = name;
    this.columns = List.of(columns);
  }

  void add(Object... cells) {
    if (cells.length != columns.size()) {
      throw new IllegalArgumentException("row has " + cells.length + " cells, table " + name + " has " + columns.size());
    }
    rows.add(cells);
  }

  /**
   * Shortest decimal that reads back as the same double (integers without a decimal point); NaN
   * (R's NA) as the empty field, infinities as {@code Inf} / {@code -Inf}.
   */
  static String number(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "Inf" : "-Inf";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }

  String csv() {
    StringBuilder sb = new StringBuilder(String.join(",", columns)).append('\n');
    for (Object[] r : rows) {
      for (int j = 0; j < r.length; j++) {
        if (j > 0) {
          sb.append(',');
        }
        sb.append(r[j] instanceof Double d ? number(d) : quote(String.valueOf(r[j])));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** JSON array of row objects; NaN and infinities become null. */
  String json(String indent) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < rows.size(); i++) {
      sb.append(i == 0 ? "\n" : ",\n").append(indent).append("  {");
      Object[] r = rows.get(i);
      for (int j = 0; j < r.length; j++) {
        if (j > 0) {
          sb.append(", ");
        }
        sb.append(jsonString(columns.get(j))).append(": ");
        if (r[j] instanceof Double d) {
          sb.append(Double.isFinite(d) ? number(d) : "null");
        } else {
          sb.append(jsonString(String.valueOf(r[j])));
        }
      }
      sb.append('}');
    }
    return sb.append(rows.isEmpty() ? "]" : "\n" + indent + "]").toString();
  }

  static String jsonString(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  private static String quote(String s) {
    if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }
}
