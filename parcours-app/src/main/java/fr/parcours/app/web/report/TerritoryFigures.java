package fr.parcours.app.web.report;

import static fr.parcours.app.web.report.Figure.Kind.COUNT;
import static fr.parcours.app.web.report.Figure.Kind.LABEL;
import static fr.parcours.app.web.report.Figure.Kind.NUMBER;

import fr.parcours.app.web.auth.Role;
import fr.parcours.app.web.report.Figure.Chart;
import fr.parcours.app.web.report.Figure.Column;
import fr.parcours.engine.workspace.Workspace;
import fr.parcours.model.Nomenclatures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Territoires: CJM uptake by territory in a funnel plot. Each territory's rate is plotted against
 * its denominator n, with binomial control limits around the overall rate p₀:
 * p₀ ± z·√(p₀(1 − p₀)/n), z = 1.96 (95 %) and 3.09 (99.8 %) (Spiegelhalter, <i>Funnel plots for
 * comparing institutional performance</i>, Stat Med 2005). A point outside the 99.8 % limits is
 * unlikely to be chance alone.
 */
final class TerritoryFigures {
  static final int YEARS = 10;

  private TerritoryFigures() {}

  static List<Figure> build(Workspace w, String extractId, int extractYear, Protection p) {
    int from = extractYear - YEARS;
    List<Object[]> r = Sql.rows(w, """
        SELECT coalesce(territory, 'inconnu'), count(*) FILTER (WHERE cjm = 'OUI'), count(*) FILTER (WHERE cjm = 'NON')
        FROM person_indicators WHERE extract_id = ? AND cjm IN ('OUI', 'NON') AND majority_year >= ? GROUP BY 1 ORDER BY 1""", extractId, from);
    long[][] cells = new long[r.size()][2];
    long yes = 0;
    long all = 0;
    for (int i = 0; i < cells.length; i++) {
      cells[i][0] = Sql.l(r.get(i)[1]);
      cells[i][1] = Sql.l(r.get(i)[2]);
      yes += cells[i][0];
      all += cells[i][0] + cells[i][1];
    }
    double p0 = all == 0 ? 0 : (double) yes / all;
    String[][] t = p.table(cells);
    List<List<String>> rows = new ArrayList<>();
    long minN = Long.MAX_VALUE;
    long maxN = 0;
    for (int i = 0; i <= cells.length; i++) {
      boolean last = i == cells.length;
      long y = last ? yes : cells[i][0];
      long n = last ? all : cells[i][0] + cells[i][1];
      boolean shown = published(t[i][0]) && published(t[i][1]);
      String rate = shown ? p.rate(y, n) : Protection.PRIMARY;
      String position = "";
      if (!last && !rate.equals(Protection.PRIMARY)) {
        minN = Math.min(minN, n);
        maxN = Math.max(maxN, n);
        double z = (y / (double) n - p0) / Math.sqrt(p0 * (1 - p0) / n);
        position = Math.abs(z) > 3.09 ? (z > 0 ? "au-dessus des limites à 99,8 %" : "en dessous des limites à 99,8 %")
            : Math.abs(z) > 1.96 ? (z > 0 ? "au-dessus des limites à 95 %" : "en dessous des limites à 95 %") : "dans les limites";
      }
      String code = last ? "" : r.get(i)[0].toString();
      String label = last ? "Ensemble" : Nomenclatures.TERRITORIES.contains(code) ? Nomenclatures.TERRITORIES.label(code) : code;
      rows.add(List.of(code, label, t[i][2], t[i][0], rate, position));
    }
    List<List<Double>> limits = new ArrayList<>();
    if (maxN > 0) {
      long lo = Math.max(p.threshold(), minN / 2);
      long hi = maxN + maxN / 5;
      for (int k = 0; k <= 40; k++) {
        double n = lo * Math.pow((double) hi / lo, k / 40.0);
        double se = Math.sqrt(p0 * (1 - p0) / n);
        limits.add(List.of(n, 100 * Math.max(0, p0 - 1.96 * se), 100 * Math.min(1, p0 + 1.96 * se),
            100 * Math.max(0, p0 - 3.09 * se), 100 * Math.min(1, p0 + 3.09 * se)));
      }
    }
    return List.of(new Figure("territoires-entonnoir", Page.TERRITORIES.id(),
        "Accès au contrat jeune majeur par territoire (diagramme en entonnoir)",
        "Lecture : chaque point est un territoire (taux selon le nombre de jeunes) ; hors de l'entonnoir à 99,8 %, l'écart au taux d'ensemble ("
            + Protection.decimal(100 * p0) + " %) a peu de chances d'être dû au hasard.",
        "Jeunes pris en charge à 17 ans et demi, 18 ans entre " + from + " et " + extractYear + ", accès au CJM observable", Role.VIEWER,
        new Chart("funnel", 2, List.of(4), Map.of("xName", "Jeunes concernés", "yName", "Taux de CJM (%)", "label", 1, "overall", 100 * p0,
            "limits", limits)),
        List.of(new Column("Code", LABEL), new Column("Territoire", LABEL), new Column("Jeunes concernés", COUNT), new Column("Avec CJM", COUNT),
            new Column("Taux de CJM (%)", NUMBER), new Column("Position", LABEL)), rows,
        "Limites de contrôle binomiales (approximation normale) autour du taux d'ensemble, à 95 % et 99,8 %."));
  }

  private static boolean published(String cell) {
    return !cell.equals(Protection.PRIMARY) && !cell.equals(Protection.SECONDARY);
  }
}
