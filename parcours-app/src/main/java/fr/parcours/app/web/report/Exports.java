package fr.parcours.app.web.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A figure as JSON (API, data embedded in pages) and as CSV (downloads): the same cells as the table view. */
public final class Exports {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Exports() {}

  public static Map<String, Object> payload(Figure f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", f.id());
    m.put("titre", f.title());
    m.put("lecture", f.guide());
    m.put("denominateur", f.denominator());
    m.put("note", f.note());
    m.put("graphique", f.chart());
    m.put("colonnes", f.headers());
    m.put("types", f.columns().stream().map(c -> c.kind().name()).toList());
    m.put("lignes", f.rows());
    return m;
  }

  /** JSON safe to embed in a {@code <script type="application/json">} element. */
  public static String json(Object o) {
    try {
      return JSON.writeValueAsString(o).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** CSV: UTF-8 with BOM (opens as UTF-8 in spreadsheets), {@code ;} separator, the cells exactly as shown. */
  public static String csv(Figure f) {
    StringBuilder sb = new StringBuilder("\uFEFF");
    line(sb, f.headers());
    for (List<String> r : f.rows()) line(sb, r);
    return sb.toString();
  }

  /** Parses {@link #csv} output back into rows (header first); used by tests and the report check. */
  public static List<List<String>> parseCsv(String csv) {
    String s = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    List<List<String>> out = new java.util.ArrayList<>();
    List<String> row = new java.util.ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ';') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        out.add(row);
        row = new java.util.ArrayList<>();
      } else if (c != '\r') {
        cell.append(c);
      }
    }
    return out;
  }

  private static void line(StringBuilder sb, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) sb.append(';');
      String c = cells.get(i);
      // a leading =, +, - or @ would be a formula in a spreadsheet: quote and prefix it
      if (!c.isEmpty() && "=+@".indexOf(c.charAt(0)) >= 0) c = "'" + c;
      if (c.indexOf(';') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0) c = '"' + c.replace("\"", "\"\"") + '"';
      sb.append(c);
    }
    sb.append("\r\n");
  }
}
