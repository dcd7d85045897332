package fr.parcours.app.web.report;

import static fr.parcours.app.web.report.Figure.Kind.COUNT;
import static fr.parcours.app.web.report.Figure.Kind.LABEL;
import static fr.parcours.app.web.report.Figure.Kind.NUMBER;

import fr.parcours.app.web.auth.Role;
import fr.parcours.app.web.report.Figure.Chart;
import fr.parcours.app.web.report.Figure.Column;
import fr.parcours.engine.trajectory.TrajectoryViews;
import fr.parcours.engine.workspace.Workspace;
import fr.parcours.trajectory.sequence.Axis;
import fr.parcours.trajectory.sequence.MonthlySequence;
import fr.parcours.trajectory.spell.StateAlphabet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Parcours: chronogram, most frequent sequences, flows between 16 and 21 (Sankey), index plot (analysts). */
final class PathFigures {
  static final int INDEX_PLOT_PERSONS = 200;
  /** The chronogram's band of the states whose counts are hidden at an age. */
  static final String MASKED_STATES = "Autres états (effectifs masqués)";
  static final String MASKED_COLOUR = "#b7b7b7";

  private PathFigures() {}

  static List<Figure> build(Workspace w, String extractId, Protection p) {
    String page = Page.PATHS.id();
    StateAlphabet a = StateAlphabet.DEFAULT;
    List<Figure> out = new ArrayList<>();
    TrajectoryViews.StateDistribution sd = TrajectoryViews.stateDistributionByAge(w, p.threshold());
    List<Column> cols = new ArrayList<>();
    cols.add(new Column("Âge (ans)", LABEL));
    cols.add(new Column("Personnes observées", COUNT));
    List<Integer> series = new ArrayList<>();
    for (int s = 0; s < a.size(); s++) {
      cols.add(new Column(a.label(s) + " (%)", NUMBER));
      series.add(s + 2);
    }
    cols.add(new Column(MASKED_STATES + " (%)", NUMBER));
    series.add(a.size() + 2);
    List<String> colours = new ArrayList<>(sd.colours());
    colours.add(MASKED_COLOUR);
    List<List<String>> rows = new ArrayList<>();
    for (int age = 0; age < Axis.AGE_MONTHS / 12; age++) {
      int k = age * 12 + 6;
      List<String> row = new ArrayList<>();
      row.add(Integer.toString(age));
      row.add(p.count(sd.observed()[k]));
      row.addAll(shares(sd.counts()[k], sd.hidden()[k], sd.observed()[k], p.threshold()));
      rows.add(row);
    }
    out.add(new Figure("chronogramme", page, "Répartition des états selon l'âge (chronogramme)",
        "Lecture : à chaque âge (au milieu de l'année), part des personnes observées dans chaque état de prise en charge ; les parts font 100 %.",
        "Personnes ayant eu au moins une mesure, observées à cet âge", Role.VIEWER,
        new Chart("area", 0, series, Map.of("xName", "Âge (ans)", "yName", "Part (%)", "colours", colours)), cols, rows,
        "« " + MASKED_STATES + " » regroupe les états de moins de " + p.threshold() + " personnes à cet âge (« s ») et, quand ce groupe"
            + " compterait lui-même moins de " + p.threshold() + " personnes, le plus petit des autres états (« c ») : aucun effectif masqué"
            + " ne se retrouve par différence."));

    List<TrajectoryViews.FrequentSequence> top = TrajectoryViews.topSequences(w, 10, p.threshold());
    List<List<String>> topRows = new ArrayList<>();
    for (int i = 0; i < top.size(); i++) {
      TrajectoryViews.FrequentSequence f = top.get(i);
      topRows.add(List.of(Integer.toString(i + 1), f.labels(), p.count(f.count()), Protection.decimal(100 * f.share())));
    }
    out.add(new Figure("sequences-frequentes", page, "Les dix parcours les plus fréquents de la naissance à 21 ans",
        "Lecture : suite des états successifs (sans leur durée) ; part parmi les personnes observées jusqu'à 21 ans.",
        "Personnes ayant eu au moins une mesure, observées de la naissance à 21 ans", Role.VIEWER,
        new Chart("hbar", 0, List.of(2), Map.of("xName", "Rang", "yName", "Personnes")),
        List.of(new Column("Rang", LABEL), new Column("Parcours", LABEL), new Column("Personnes", COUNT), new Column("Part (%)", NUMBER)),
        topRows, "Parcours vécus par moins de " + p.threshold() + " personnes jamais listés."));

    int[] ages = {16, 17, 18, 19, 20, 21};
    Map<String, long[]> flows = new TreeMap<>();
    List<String> sample = new ArrayList<>();
    scan(w, extractId, false, seq -> {
      for (int i = 0; i + 1 < ages.length; i++) {
        int m1 = Math.min(ages[i] * 12, Axis.AGE_MONTHS - 1);
        int m2 = Math.min(ages[i + 1] * 12, Axis.AGE_MONTHS - 1);
        if (m2 >= seq.length || seq[m1] == MonthlySequence.MISSING || seq[m2] == MonthlySequence.MISSING) continue;
        String key = String.format("%02d|%s|%s", i, a.code(seq[m1]), a.code(seq[m2]));
        flows.computeIfAbsent(key, x -> new long[1])[0]++;
      }
    });
    List<List<String>> links = new ArrayList<>();
    int hidden = 0;
    for (Map.Entry<String, long[]> e : flows.entrySet()) {
      String[] k = e.getKey().split("\\|");
      int i = Integer.parseInt(k[0]);
      if (p.small(e.getValue()[0])) {
        hidden++;
        continue;
      }
      links.add(List.of(a.label(a.indexOf(k[1])) + " à " + ages[i] + " ans", a.label(a.indexOf(k[2])) + " à " + ages[i + 1] + " ans",
          Long.toString(e.getValue()[0])));
    }
    out.add(new Figure("flux-16-21", page, "Flux entre états de 16 à 21 ans (diagramme de Sankey)",
        "Lecture : chaque bande relie l'état à un âge à l'état un an plus tard ; sa largeur est le nombre de personnes.",
        "Personnes ayant eu au moins une mesure, observées aux deux âges (21 ans : dernier mois observé, 20 ans et 11 mois)", Role.VIEWER,
        new Chart("sankey", 0, List.of(2), Map.of()),
        List.of(new Column("De", LABEL), new Column("Vers", LABEL), new Column("Personnes", COUNT)), links,
        hidden + " flux de moins de " + p.threshold() + " personnes masqués."));

    List<List<String>> idx = new ArrayList<>();
    for (Object[] r : Sql.rows(w, """
        SELECT s.sps FROM sequences_monthly s JOIN person_indicators i ON i.extract_id = s.extract_id AND i.person_id = s.person_id
        WHERE s.extract_id = ? AND s.axis = ? AND s.complete AND i.entry_year IS NOT NULL ORDER BY hash(s.person_id) LIMIT ?""",
        extractId, Axis.AGE.code(), INDEX_PLOT_PERSONS)) {
      idx.add(List.of(Integer.toString(idx.size() + 1), (String) r[0]));
    }
    out.add(new Figure("tapis-individuel", page, "Tapis des parcours individuels (échantillon pseudonymisé)",
        "Lecture : une ligne par personne, de la naissance (à gauche) à 21 ans ; chaque couleur est un état.",
        "Échantillon de " + idx.size() + " personnes tirées au hasard parmi celles observées jusqu'à 21 ans", Role.ANALYST,
        new Chart("index", 1, List.of(1), Map.of("states", a.codes(), "colours", sd.colours(), "labels", sd.labels(), "months", Axis.AGE_MONTHS)),
        List.of(new Column("N°", LABEL), new Column("Séquence (notation SPS, mois)", LABEL)), idx,
        "Vue individuelle réservée aux analystes : aucun identifiant, ordre aléatoire."));
    return out;
  }

  /**
   * The published shares (%) of one age of the chronogram: one per state, then the band of masked
   * states, so that they add to 100 % (up to rounding). States under the threshold ({@code hidden},
   * their count already zeroed) are {@code s} and go into the band; when the band would itself hold
   * fewer than {@code threshold} persons (which would reveal a hidden count by difference with the
   * number observed), the smallest shown states join it as {@code c} until it reaches the threshold.
   * When fewer than {@code threshold} persons are observed at that age, every state is {@code s} and
   * the band is the whole 100 %. Nobody observed: every cell empty.
   */
  static List<String> shares(long[] counts, boolean[] hidden, long observed, int threshold) {
    int n = counts.length;
    List<String> out = new ArrayList<>();
    if (observed == 0) {
      for (int s = 0; s <= n; s++) out.add("");
      return out;
    }
    if (observed < threshold) {
      for (int s = 0; s < n; s++) out.add(Protection.PRIMARY);
      out.add(Protection.decimal(100.0));
      return out;
    }
    boolean[] masked = hidden.clone();
    long shown = 0;
    for (int s = 0; s < n; s++) if (!masked[s]) shown += counts[s];
    long band = observed - shown;
    boolean[] secondary = new boolean[n];
    while (band > 0 && band < threshold) {
      int smallest = -1;
      for (int s = 0; s < n; s++) {
        if (!masked[s] && counts[s] > 0 && (smallest < 0 || counts[s] < counts[smallest])) smallest = s;
      }
      if (smallest < 0) break;
      masked[smallest] = true;
      secondary[smallest] = true;
      band += counts[smallest];
    }
    for (int s = 0; s < n; s++) {
      out.add(secondary[s] ? Protection.SECONDARY : masked[s] ? Protection.PRIMARY : Protection.decimal(100.0 * counts[s] / observed));
    }
    out.add(Protection.decimal(100.0 * band / observed));
    return out;
  }

  /** Age-axis sequences of persons who had a measure. */
  static void scan(Workspace w, String extractId, boolean completeOnly, java.util.function.Consumer<byte[]> f) {
    for (Object[] r : Sql.rows(w, "SELECT s.sps FROM sequences_monthly s JOIN person_indicators i ON i.extract_id = s.extract_id AND i.person_id = s.person_id"
        + " WHERE s.extract_id = ? AND s.axis = ? AND i.entry_year IS NOT NULL" + (completeOnly ? " AND s.complete" : ""), extractId, Axis.AGE.code())) {
      f.accept(MonthlySequence.parseSps((String) r[0], StateAlphabet.DEFAULT));
    }
  }
}
