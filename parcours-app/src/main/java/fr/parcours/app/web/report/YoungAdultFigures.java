package fr.parcours.app.web.report;

import static fr.parcours.app.web.report.Figure.Kind.COUNT;
import static fr.parcours.app.web.report.Figure.Kind.LABEL;
import static fr.parcours.app.web.report.Figure.Kind.NUMBER;

import fr.parcours.app.web.auth.Role;
import fr.parcours.app.web.report.Figure.Chart;
import fr.parcours.app.web.report.Figure.Column;
import fr.parcours.engine.workspace.Workspace;
import fr.parcours.model.Nomenclatures;
import fr.parcours.stats.survival.AalenJohansen;
import fr.parcours.stats.survival.CifCurve;
import fr.parcours.stats.survival.ConfType;
import fr.parcours.stats.survival.KaplanMeier;
import fr.parcours.stats.survival.SurvCurve;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Jeunes majeurs: CJM uptake by year of majority (2022 law marked), CJM duration (Kaplan–Meier,
 * log-transformed 95 % limits), reasons for leaving (Aalen–Johansen cumulative incidence). Curves are
 * given on a 3-month grid and stop when fewer than the threshold remain at risk.
 */
final class YoungAdultFigures {
  static final int STEP_MONTHS = 3;

  private YoungAdultFigures() {}

  static List<Figure> build(Workspace w, String extractId, Protection p) {
    String page = Page.YOUNG_ADULTS.id();
    List<Figure> out = new ArrayList<>();
    List<Object[]> years = Sql.rows(w, """
        SELECT majority_year, count(*) FILTER (WHERE cjm = 'OUI'), count(*) FILTER (WHERE cjm = 'NON')
        FROM person_indicators WHERE extract_id = ? AND cjm IN ('OUI', 'NON') AND majority_year IS NOT NULL GROUP BY 1 ORDER BY 1""", extractId);
    long[][] cells = new long[years.size()][2];
    for (int i = 0; i < cells.length; i++) {
      cells[i][0] = Sql.l(years.get(i)[1]);
      cells[i][1] = Sql.l(years.get(i)[2]);
    }
    String[][] t = p.table(cells);
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i <= cells.length; i++) {
      boolean shown = !t[i][0].equals(Protection.PRIMARY) && !t[i][0].equals(Protection.SECONDARY)
          && !t[i][1].equals(Protection.PRIMARY) && !t[i][1].equals(Protection.SECONDARY);
      long yes = i < cells.length ? cells[i][0] : sum(cells, 0);
      long no = i < cells.length ? cells[i][1] : sum(cells, 1);
      rows.add(List.of(i < cells.length ? years.get(i)[0].toString() : "Ensemble", t[i][2], t[i][0], t[i][1],
          shown ? p.rate(yes, yes + no) : Protection.PRIMARY));
    }
    out.add(new Figure("cjm-par-annee", page, "Accès au contrat jeune majeur selon l'année des 18 ans",
        "Lecture : part des jeunes pris en charge à 17 ans et demi qui ont eu un CJM avant 19 ans ; la ligne verticale marque la loi du 7 février 2022.",
        "Jeunes pris en charge à 17 ans et demi dont l'accès au CJM est observable", Role.VIEWER,
        new Chart("bar", 0, List.of(4), Map.of("xName", "Année des 18 ans", "yName", "Taux de CJM (%)", "skipLast", true, "markX", "2022")),
        List.of(new Column("Année des 18 ans", LABEL), new Column("Jeunes concernés", COUNT), new Column("Avec CJM", COUNT),
            new Column("Sans CJM", COUNT), new Column("Taux de CJM (%)", NUMBER)), rows, ""));

    List<Object[]> d = Sql.rows(w, """
        SELECT cjm_duration_months, cjm_ongoing, cjm_end_reason FROM person_indicators
        WHERE extract_id = ? AND cjm = 'OUI' AND cjm_duration_months IS NOT NULL AND cjm_duration_months >= 0
          AND cjm_start_age_months + cjm_duration_months <= """ + fr.parcours.engine.analysis.CjmDurations.LAST_LEGAL_MONTH, extractId);
    if (d.size() < p.threshold()) return out;
    double[] time = new double[d.size()];
    int[] status = new int[d.size()];
    Map<String, Long> reasonCounts = new LinkedHashMap<>();
    for (int i = 0; i < time.length; i++) {
      time[i] = ((Number) d.get(i)[0]).doubleValue();
      status[i] = Boolean.TRUE.equals(d.get(i)[1]) ? 0 : 1;
      if (status[i] == 1) reasonCounts.merge(reason(d.get(i)[2]), 1L, Long::sum);
    }
    SurvCurve km = KaplanMeier.fit(time, status, null, ConfType.LOG, 0.95);
    List<List<String>> kmRows = new ArrayList<>();
    double max = 0;
    for (double x : time) max = Math.max(max, x);
    for (int g = 0; g <= max; g += STEP_MONTHS) {
      long atRisk = 0;
      for (double x : time) if (x >= g) atRisk++;
      if (atRisk < p.threshold()) break;
      int k = lastIndexAtOrBefore(km.time(), g);
      double s = k < 0 ? 1 : km.surv()[k];
      double lo = k < 0 ? 1 : km.lower()[k];
      double hi = k < 0 ? 1 : km.upper()[k];
      kmRows.add(List.of(Integer.toString(g), Protection.decimal(100 * s), Protection.decimal(100 * lo), Protection.decimal(100 * hi), Long.toString(atRisk)));
    }
    out.add(new Figure("cjm-duree", page, "Durée des contrats jeune majeur (Kaplan–Meier)",
        "Lecture : part des jeunes encore en CJM après le nombre de mois indiqué, avec son intervalle de confiance à 95 % ; les contrats en cours sont censurés.",
        "Jeunes ayant eu un CJM : " + p.count(d.size()), Role.VIEWER,
        new Chart("band", 0, List.of(1, 2, 3), Map.of("xName", "Mois depuis le début du CJM", "yName", "Encore en CJM (%)")),
        List.of(new Column("Mois", LABEL), new Column("Encore en CJM (%)", NUMBER), new Column("Borne basse à 95 % (%)", NUMBER),
            new Column("Borne haute à 95 % (%)", NUMBER), new Column("Jeunes encore suivis", COUNT)), kmRows,
        "Estimateur de Kaplan–Meier (R : survfit(Surv(duree, fin) ~ 1), conf.type = \"log\"), grille de " + STEP_MONTHS + " mois."));

    List<String> causes = new ArrayList<>();
    for (Map.Entry<String, Long> e : reasonCounts.entrySet()) if (e.getValue() >= p.threshold()) causes.add(e.getKey());
    boolean other = reasonCounts.values().stream().anyMatch(v -> v < p.threshold());
    int[] cause = new int[time.length];
    for (int i = 0; i < time.length; i++) {
      if (status[i] == 0) continue;
      int c = causes.indexOf(reason(d.get(i)[2]));
      cause[i] = c >= 0 ? c + 1 : causes.size() + 1;
    }
    List<String> labels = new ArrayList<>();
    for (String c : causes) labels.add(Nomenclatures.END_REASONS.contains(c) ? Nomenclatures.END_REASONS.label(c) : c);
    if (other) labels.add("Autres motifs");
    CifCurve aj = AalenJohansen.fit(time, cause, null, ConfType.LOG, 0.95);
    List<Column> cols = new ArrayList<>();
    cols.add(new Column("Mois", LABEL));
    for (String l : labels) cols.add(new Column(l + " (%)", NUMBER));
    List<List<String>> ajRows = new ArrayList<>();
    for (List<String> kmRow : kmRows) {
      int g = Integer.parseInt(kmRow.get(0));
      int k = lastIndexAtOrBefore(aj.time(), g);
      List<String> row = new ArrayList<>();
      row.add(kmRow.get(0));
      for (int c = 1; c <= labels.size(); c++) row.add(Protection.decimal(k < 0 ? 0 : 100 * aj.pstate()[c][k]));
      ajRows.add(row);
    }
    List<Integer> series = new ArrayList<>();
    for (int c = 1; c <= labels.size(); c++) series.add(c);
    out.add(new Figure("cjm-motifs-fin", page, "Motifs de fin des contrats jeune majeur (incidence cumulée)",
        "Lecture : part des jeunes dont le CJM s'est terminé pour chaque motif après le nombre de mois indiqué (risques concurrents) ; les aires s'empilent : leur sommet est la part des CJM terminés, tous motifs confondus.",
        "Jeunes ayant eu un CJM : " + p.count(d.size()) + " ; motifs de moins de " + p.threshold() + " fins regroupés", Role.VIEWER,
        new Chart("line", 0, series, Map.of("xName", "Mois depuis le début du CJM", "yName", "Incidence cumulée (%)", "stack", true)),
        cols, ajRows, "Estimateur d'Aalen–Johansen (R : survfit(Surv(duree, factor(motif)) ~ 1))."));
    return out;
  }

  private static String reason(Object o) {
    return o == null ? "INCONNU" : o.toString();
  }

  private static long sum(long[][] c, int j) {
    long s = 0;
    for (long[] r : c) s += r[j];
    return s;
  }

  static int lastIndexAtOrBefore(double[] times, double t) {
    int k = -1;
    for (int i = 0; i < times.length && times[i] <= t; i++) k = i;
    return k;
  }
}
