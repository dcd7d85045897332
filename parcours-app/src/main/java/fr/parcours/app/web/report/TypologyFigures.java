package fr.parcours.app.web.report;

import static fr.parcours.app.web.report.Figure.Kind.COUNT;
import static fr.parcours.app.web.report.Figure.Kind.LABEL;
import static fr.parcours.app.web.report.Figure.Kind.NUMBER;

import fr.parcours.app.web.auth.Role;
import fr.parcours.app.web.report.Figure.Chart;
import fr.parcours.app.web.report.Figure.Column;
import fr.parcours.engine.workspace.Workspace;
import fr.parcours.stats.cluster.DistanceMatrix;
import fr.parcours.stats.cluster.Pam;
import fr.parcours.stats.cluster.PamResult;
import fr.parcours.stats.sequence.DistanceMethod;
import fr.parcours.stats.sequence.DistanceOptions;
import fr.parcours.stats.sequence.SequenceData;
import fr.parcours.stats.sequence.SequenceDistances;
import fr.parcours.trajectory.sequence.Axis;
import fr.parcours.trajectory.sequence.MonthlySequence;
import fr.parcours.trajectory.spell.StateAlphabet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Typologie: a random sample of complete age sequences (persons who had a measure), taken every
 * quarter, Hamming distances (TraMineR {@code seqdist(method = "HAM")}), PAM in {@value #K}
 * clusters ({@code cluster::pam}). Published: cluster sizes and mean time in each state; the
 * medoids (real sequences) only to analysts.
 */
final class TypologyFigures {
  static final int K = 4;
  static final int SAMPLE = 600;
  static final int STEP = 3;

  private TypologyFigures() {}

  static List<Figure> build(Workspace w, String extractId, Protection p) {
    StateAlphabet a = StateAlphabet.DEFAULT;
    List<byte[]> seqs = new ArrayList<>();
    for (Object[] r : Sql.rows(w, """
        SELECT s.sps FROM sequences_monthly s JOIN person_indicators i ON i.extract_id = s.extract_id AND i.person_id = s.person_id
        WHERE s.extract_id = ? AND s.axis = ? AND s.complete AND i.entry_year IS NOT NULL ORDER BY hash(s.person_id || 'typologie') LIMIT ?""",
        extractId, Axis.AGE.code(), SAMPLE)) {
      seqs.add(MonthlySequence.parseSps((String) r[0], a));
    }
    String page = Page.TYPOLOGY.id();
    if (seqs.size() < K * p.threshold()) {
      return List.of(Figure.unavailable("typologie-classes", page, "Classes de parcours", Role.VIEWER,
          "Trop peu de parcours complets (" + seqs.size() + ") pour une typologie publiable."));
    }
    int len = Axis.AGE_MONTHS / STEP;
    int[][] codes = new int[seqs.size()][len];
    for (int i = 0; i < seqs.size(); i++) for (int t = 0; t < len; t++) codes[i][t] = Math.max(0, seqs.get(i)[t * STEP]);
    SequenceData data = SequenceData.of(a.codes(), codes, null);
    var dist = SequenceDistances.compute(data, DistanceOptions.of(DistanceMethod.HAM));
    PamResult pam = Pam.cluster(DistanceMatrix.compute(dist.size(), dist::get), K);
    int[] cl = pam.clustering();
    long[] sizes = new long[K];
    double[][] months = new double[K][a.size()];
    for (int i = 0; i < seqs.size(); i++) {
      int c = cl[i] - 1;
      sizes[c]++;
      for (byte s : seqs.get(i)) if (s >= 0) months[c][s]++;
    }
    String[] shown = p.column(sizes);
    List<Column> cols = new ArrayList<>();
    cols.add(new Column("Classe", LABEL));
    cols.add(new Column("Personnes de l'échantillon", COUNT));
    cols.add(new Column("Part (%)", NUMBER));
    List<Integer> series = new ArrayList<>();
    for (int s = 0; s < a.size(); s++) {
      cols.add(new Column(a.label(s) + " (mois moyens)", NUMBER));
      series.add(s + 3);
    }
    List<List<String>> rows = new ArrayList<>();
    List<List<String>> medoids = new ArrayList<>();
    int[] med = pam.medoids();
    for (int c = 0; c < K; c++) {
      List<String> row = new ArrayList<>();
      boolean hide = p.small(sizes[c]) || shown[c].equals(Protection.SECONDARY);
      row.add("Classe " + (c + 1));
      row.add(shown[c]);
      row.add(hide ? Protection.PRIMARY : Protection.decimal(100.0 * sizes[c] / seqs.size()));
      for (int s = 0; s < a.size(); s++) row.add(hide ? Protection.PRIMARY : Protection.decimal(months[c][s] / sizes[c]));
      rows.add(row);
      medoids.add(List.of("Classe " + (c + 1), collapse(seqs.get(med[c]), a)));
    }
    List<String> colours = new ArrayList<>();
    for (int s = 0; s < a.size(); s++) colours.add(a.colour(s));
    return List.of(
        new Figure("typologie-classes", page, "Classes de parcours : taille et temps passé dans chaque état",
            "Lecture : pour chaque classe, nombre moyen de mois passés dans chaque état entre la naissance et 21 ans.",
            "Échantillon aléatoire de " + seqs.size() + " personnes ayant eu une mesure, observées jusqu'à 21 ans", Role.VIEWER,
            new Chart("stacked-bar", 0, series, Map.of("xName", "Classe", "yName", "Mois", "colours", colours)), cols, rows,
            "Distance de Hamming sur les états trimestriels (TraMineR : seqdist(method = \"HAM\")), partition autour des médoïdes en " + K
                + " classes (R : cluster::pam)."),
        new Figure("typologie-representants", page, "Parcours représentatif de chaque classe (médoïde)",
            "Lecture : suite des états du parcours le plus central de chaque classe.",
            "Un parcours réel par classe, sans identifiant", Role.ANALYST, Figure.Chart.none(),
            List.of(new Column("Classe", LABEL), new Column("Parcours représentatif", LABEL)), medoids,
            "Vue individuelle réservée aux analystes."));
  }

  private static String collapse(byte[] s, StateAlphabet a) {
    StringBuilder sb = new StringBuilder();
    int prev = Integer.MIN_VALUE;
    for (byte b : s) {
      if (b == prev || b < 0) continue;
      if (sb.length() > 0) sb.append(" → ");
      sb.append(a.label(b));
      prev = b;
    }
    return sb.toString();
  }
}
