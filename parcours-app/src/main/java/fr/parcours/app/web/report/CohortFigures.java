package fr.parcours.app.web.report;

import static fr.parcours.app.web.report.Figure.Kind.COUNT;
import static fr.parcours.app.web.report.Figure.Kind.LABEL;
import static fr.parcours.app.web.report.Figure.Kind.NUMBER;

import fr.parcours.app.web.auth.Role;
import fr.parcours.app.web.report.Figure.Chart;
import fr.parcours.app.web.report.Figure.Column;
import fr.parcours.engine.trajectory.PublishedTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Cohortes: one protected cohort × indicator table of {@code CohortReport}, filtered by period, as a figure. */
final class CohortFigures {
  static final String ID = "cohorte";

  private CohortFigures() {}

  static Figure figure(List<PublishedTable> tables, CohortQuery q, int threshold) {
    PublishedTable t = tables.stream().filter(x -> x.name().equals(q.indicator())).findFirst().orElse(tables.get(0));
    int keys = q.spec().keyHeaders().size();
    boolean medians = t.headers().get(0).equals("indicateur");
    int yearCol = medians ? 1 : 0;
    List<Column> cols = new ArrayList<>();
    int rateCol = -1;
    for (int j = 0; j < t.headers().size(); j++) {
      String h = t.headers().get(j);
      Figure.Kind kind;
      if (medians) kind = j <= keys ? LABEL : h.equals("mediane") ? NUMBER : COUNT;
      else kind = j < keys ? LABEL : h.equals("taux_oui_pct") ? NUMBER : COUNT;
      if (h.equals("taux_oui_pct")) rateCol = j;
      cols.add(new Column(h, kind));
    }
    List<List<String>> rows = new ArrayList<>();
    for (List<String> r : t.rows()) {
      String y = r.get(yearCol);
      if (y.matches("\\d{4}")) {
        int year = Integer.parseInt(y);
        if (year < q.from() || year > q.to()) continue;
      }
      List<String> shown = new ArrayList<>();
      for (int j = 0; j < r.size(); j++) shown.add(cols.get(j).kind() == NUMBER ? r.get(j).replace('.', ',') : r.get(j));
      rows.add(shown);
    }
    Chart chart;
    if (rateCol >= 0) {
      chart = new Chart("bar", 0, List.of(rateCol), Map.of("xName", "Cohorte", "yName", "Taux (%)", "keys", keys, "skipLast", true));
    } else if (medians) {
      chart = Chart.none();
    } else {
      List<Integer> series = new ArrayList<>();
      for (int j = keys; j < cols.size() - 1; j++) series.add(j);
      chart = new Chart("stacked-bar", 0, series, Map.of("xName", "Cohorte", "yName", "Personnes", "keys", keys, "skipLast", true));
    }
    return new Figure(ID, Page.COHORTS.id(), t.title() + " — cohortes par " + q.axis().label(),
        "Lecture : une ligne par cohorte" + (q.cross().equals("aucun") ? "" : " et " + q.cross())
            + " ; « s » : effectif de moins de " + threshold + " masqué, « c » : masqué pour qu'un « s » ne puisse pas être recalculé.",
        t.population(), Role.VIEWER, chart, cols, rows, "Cohortes de " + q.from() + " à " + Math.min(q.to(), 2100) + ".");
  }
}
