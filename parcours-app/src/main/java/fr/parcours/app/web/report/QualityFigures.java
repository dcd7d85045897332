package fr.parcours.app.web.report;

import static fr.parcours.app.web.report.Figure.Kind.COUNT;
import static fr.parcours.app.web.report.Figure.Kind.LABEL;

import fr.parcours.app.web.auth.Role;
import fr.parcours.app.web.report.Figure.Chart;
import fr.parcours.app.web.report.Figure.Column;
import fr.parcours.engine.summary.ExtractSummary;
import fr.parcours.engine.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Qualité des données: row accounting, rejects by reason, quality flags, trajectory coherence flags. */
final class QualityFigures {
  private QualityFigures() {}

  static List<Figure> build(Workspace w, ExtractSummary s, boolean trajectories, Protection p) {
    String page = Page.QUALITY.id();
    List<Figure> out = new ArrayList<>();
    long[][] cells = new long[s.files().size()][2];
    for (int i = 0; i < cells.length; i++) {
      cells[i][0] = s.files().get(i).loaded();
      cells[i][1] = s.files().get(i).rejected();
    }
    String[][] t = p.table(cells);
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i <= cells.length; i++) {
      rows.add(List.of(i < cells.length ? s.files().get(i).file() : "Ensemble", t[i][2], t[i][0], t[i][1]));
    }
    out.add(new Figure("qualite-comptage", page, "Comptage des lignes par fichier de l'extrait",
        "Lecture : chaque ligne lue est soit chargée, soit rejetée avec un motif ; rien n'est perdu (lues = chargées + rejetées).",
        "Lignes lues de chaque fichier de l'extrait du " + s.extractDate(), Role.VIEWER,
        new Chart("stacked-bar", 0, List.of(2, 3), Map.of("xName", "Fichier", "yName", "Lignes", "skipLast", true)),
        List.of(new Column("Fichier", LABEL), new Column("Lues", COUNT), new Column("Chargées", COUNT), new Column("Rejetées", COUNT)), rows, ""));
    out.add(codes("qualite-rejets", page, "Lignes rejetées par motif",
        "Lecture : nombre de lignes écartées de l'extrait pour chaque motif de rejet.", "Lignes rejetées", s.rejectsByCode(), p));
    out.add(codes("qualite-signalements", page, "Signalements qualité sur les lignes chargées",
        "Lecture : lignes chargées mais signalées (valeur douteuse corrigée ou à vérifier), par code.", "Lignes chargées signalées", s.flagsByCode(), p));
    if (trajectories) {
      List<ExtractSummary.Count> flags = new ArrayList<>();
      for (Object[] r : Sql.rows(w, "SELECT code, count(*) FROM trajectory_flags WHERE extract_id = ? GROUP BY 1 ORDER BY 2 DESC, 1", s.extractId())) {
        flags.add(new ExtractSummary.Count((String) r[0], (String) r[0], Sql.l(r[1])));
      }
      out.add(codes("qualite-coherence", page, "Signalements de cohérence des trajectoires",
          "Lecture : incohérences relevées en construisant les trajectoires (dates, chevauchements), par code.",
          "Signalements de la construction des trajectoires", flags, p));
    }
    return out;
  }

  private static Figure codes(String id, String page, String title, String guide, String denominator, List<ExtractSummary.Count> counts, Protection p) {
    long[] c = counts.stream().mapToLong(ExtractSummary.Count::count).toArray();
    String[] shown = p.column(c);
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < c.length; i++) rows.add(List.of(counts.get(i).code(), counts.get(i).label(), shown[i]));
    rows.add(List.of("", "Ensemble", shown[c.length]));
    return new Figure(id, page, title, guide, denominator, Role.VIEWER,
        new Chart("bar", 0, List.of(2), Map.of("xName", "Code", "yName", "Lignes", "skipLast", true)),
        List.of(new Column("Code", LABEL), new Column("Libellé", LABEL), new Column("Lignes", COUNT)), rows, "");
  }
}
