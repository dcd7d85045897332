package fr.parcours.app.web.report;

import static fr.parcours.app.web.report.Figure.Kind.COUNT;
import static fr.parcours.app.web.report.Figure.Kind.LABEL;

import fr.parcours.app.web.auth.Role;
import fr.parcours.app.web.report.Figure.Chart;
import fr.parcours.app.web.report.Figure.Column;
import fr.parcours.engine.summary.ExtractSummary;
import fr.parcours.engine.workspace.Workspace;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Vue d'ensemble: key figures, their trend, measures by type. */
final class OverviewFigures {
  private OverviewFigures() {}

  static List<Figure> build(Workspace w, ExtractSummary s, boolean trajectories, Protection p) {
    String page = Page.OVERVIEW.id();
    List<Figure> out = new ArrayList<>();
    long cjm = Sql.count(w, "SELECT count(DISTINCT person_id) FROM measures WHERE extract_id = ? AND measure_type = 'CJM'", s.extractId());
    List<List<String>> kpi = new ArrayList<>();
    kpi.add(List.of("Enfants et jeunes suivis (au moins une mesure)", p.count(s.personsWithMeasure())));
    kpi.add(List.of("Enfants et jeunes placés au moins une fois", p.count(s.personsPlaced())));
    kpi.add(List.of("Jeunes majeurs ayant eu un contrat jeune majeur (CJM)", p.count(cjm)));
    if (trajectories) {
      long dry = Sql.count(w, "SELECT count(*) FROM person_indicators WHERE extract_id = ? AND left_at_18_with_nothing = 'OUI'", s.extractId());
      kpi.add(List.of("Sorties à 18 ans sans contrat jeune majeur (sorties sèches)", p.count(dry)));
    }
    out.add(new Figure("chiffres-cles", page, "Chiffres clés de l'extrait",
        "Chaque ligne compte des personnes distinctes depuis le début de l'historique de l'extrait.",
        "Personnes connues de l'extrait : " + p.count(s.persons()), Role.VIEWER, Chart.none(),
        List.of(new Column("Indicateur", LABEL), new Column("Personnes", COUNT)), kpi, ""));

    int last = s.extractDate().getYear();
    int first = last - 19;
    LocalDate cut = s.extractDate();
    List<Object[]> m = Sql.rows(w, """
        WITH d AS (SELECT range AS yr, least(make_date(CAST(range AS INTEGER), 12, 31), CAST(? AS DATE)) AS day FROM range(?, ?))
        SELECT d.yr, count(DISTINCT x.person_id), count(DISTINCT x.person_id) FILTER (WHERE x.measure_type = 'CJM')
        FROM d LEFT JOIN measures x ON x.extract_id = ? AND x.start_date <= d.day AND (x.end_date IS NULL OR x.end_date >= d.day)
        GROUP BY 1 ORDER BY 1""", cut, first, last + 1, s.extractId());
    List<Object[]> pl = Sql.rows(w, """
        WITH d AS (SELECT range AS yr, least(make_date(CAST(range AS INTEGER), 12, 31), CAST(? AS DATE)) AS day FROM range(?, ?))
        SELECT d.yr, count(DISTINCT x.person_id)
        FROM d LEFT JOIN placements x ON x.extract_id = ? AND x.start_date <= d.day AND (x.end_date IS NULL OR x.end_date >= d.day)
        GROUP BY 1 ORDER BY 1""", cut, first, last + 1, s.extractId());
    List<List<String>> trend = new ArrayList<>();
    for (int i = 0; i < m.size(); i++) {
      trend.add(List.of(m.get(i)[0].toString(), p.count(Sql.l(m.get(i)[1])), p.count(Sql.l(pl.get(i)[1])), p.count(Sql.l(m.get(i)[2]))));
    }
    out.add(new Figure("suivis-par-annee", page, "Enfants et jeunes suivis au 31 décembre, par année",
        "Lecture : au 31 décembre de chaque année (à la date d'extraction pour l'année en cours), nombre de personnes ayant une mesure, un lieu d'accueil, un CJM en cours.",
        "Personnes ayant une mesure en cours à la date de référence", Role.VIEWER,
        new Chart("line", 0, List.of(1, 2, 3), Map.of("xName", "Année", "yName", "Personnes")),
        List.of(new Column("Année", LABEL), new Column("Avec une mesure", COUNT), new Column("Placées", COUNT), new Column("En CJM", COUNT)),
        trend, ""));

    long[] counts = s.measuresByType().stream().mapToLong(ExtractSummary.Count::count).toArray();
    String[] shown = p.column(counts);
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      ExtractSummary.Count c = s.measuresByType().get(i);
      rows.add(List.of(c.code(), c.label(), shown[i]));
    }
    rows.add(List.of("", "Ensemble", shown[counts.length]));
    out.add(new Figure("mesures-par-type", page, "Mesures par type depuis le début de l'historique",
        "Lecture : nombre de mesures (et non de personnes) de chaque type enregistrées dans l'extrait.",
        "Toutes les mesures chargées de l'extrait", Role.VIEWER,
        new Chart("bar", 0, List.of(2), Map.of("xName", "Type de mesure", "yName", "Mesures", "skipLast", true)),
        List.of(new Column("Code", LABEL), new Column("Type de mesure", LABEL), new Column("Mesures", COUNT)), rows, ""));
    return out;
  }
}
