package fr.parcours.app.web.report;

import fr.parcours.app.web.auth.Role;
import java.util.List;
import java.util.Map;

/**
 * One published figure: a French title, a one-line reading guide, its denominator, the minimum
 * role that may see it, how to draw it, and its table. The table is the truth: the chart, the
 * table view, the JSON API and the CSV download all show these very cells, already through
 * small-cell protection ({@link Protection}).
 *
 * @param id stable identifier (URL-safe; also the CSV file name)
 * @param page the page it belongs to ({@link Page#id()})
 * @param rows cells as shown (French decimals, {@code s}/{@code c} for hidden cells)
 */
public record Figure(String id, String page, String title, String guide, String denominator, Role minRole, Chart chart,
    List<Column> columns, List<List<String>> rows, String note) {
  public Figure {
    columns = List.copyOf(columns);
    rows = rows.stream().map(List::copyOf).toList();
    for (List<String> r : rows) {
      if (r.size() != columns.size()) throw new IllegalArgumentException(id + " : ligne de " + r.size() + " cellules pour " + columns.size() + " colonnes");
    }
  }

  /** What a column holds; {@link #COUNT} columns are the ones small-cell protection is about. */
  public enum Kind { LABEL, COUNT, NUMBER }

  /** A column header (French) and its kind. */
  public record Column(String header, Kind kind) {}

  /**
   * How to draw the table. {@code kind}: {@code none}, {@code bar}, {@code stacked-bar}, {@code line},
   * {@code area} (stacked shares), {@code band} (curve with confidence band: series = value, lower,
   * upper), {@code funnel}, {@code sankey} (columns from, to, count), {@code index} (index plot);
   * {@code x} the column of the horizontal axis, {@code series} the columns drawn, {@code options}
   * extras (axis names, limit curves, colours, marks).
   */
  public record Chart(String kind, int x, List<Integer> series, Map<String, Object> options) {
    public static Chart none() {
      return new Chart("none", 0, List.of(), Map.of());
    }
  }

  public List<String> headers() {
    return columns.stream().map(Column::header).toList();
  }

  public boolean hasChart() {
    return !chart.kind().equals("none");
  }

  /** A figure that cannot be computed yet, with the French reason and the fix. */
  public static Figure unavailable(String id, String page, String title, Role minRole, String reason) {
    return new Figure(id, page, title, reason, "", minRole, Chart.none(), List.of(new Column("Message", Kind.LABEL)), List.of(List.of(reason)), "");
  }
}
