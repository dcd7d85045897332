package fr.parcours.engine.trajectory;

import fr.parcours.engine.workspace.Workspace;
import fr.parcours.model.ParcoursException;
import fr.parcours.stats.disclosure.CellStatus;
import fr.parcours.stats.disclosure.ProtectedTable;
import fr.parcours.stats.disclosure.SmallCellSuppression;
import fr.parcours.trajectory.cohort.CohortAggregate;
import fr.parcours.trajectory.cohort.CohortSpec;
import fr.parcours.trajectory.cohort.CohortTables;
import fr.parcours.trajectory.cohort.CountTable;
import fr.parcours.trajectory.cohort.MedianTable;
import fr.parcours.trajectory.indicator.Status;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cohort × indicator tables of a workspace (from its stored {@code person_indicators}), and their
 * protection before they leave: every count table goes through {@link SmallCellSuppression}
 * (primary and secondary suppression, margins included); a rate is shown only when its numerator
 * and its denominator's other part are both shown; a median only when its denominator reaches the
 * threshold.
 */
public final class CohortReport {
  /** Mark of a cell hidden because its count is under the threshold. */
  public static final String PRIMARY_MARK = "s";
  /** Mark of a cell hidden so that a primary one cannot be recomputed from the totals. */
  public static final String SECONDARY_MARK = "c";

  private CohortReport() {}

  /** Raw cohort tables of the latest extract (before protection; never to leave as such). */
  public static CohortTables compute(Workspace w, CohortSpec spec) {
    var ref = w.latestExtract().orElseThrow(() -> new ParcoursException("Le workspace " + w.dir() + " ne contient aucun extrait : lancez parcours ingest."));
    if (!TrajectoryBuild.built(w)) {
      throw new ParcoursException("Les trajectoires de l'extrait " + ref.id() + " ne sont pas construites : lancez parcours trajectories --workspace " + w.dir());
    }
    CohortAggregate agg = new CohortAggregate(spec);
    try (PreparedStatement ps = w.connection().prepareStatement(
        "SELECT " + IndicatorRows.columnList() + " FROM person_indicators WHERE extract_id = ?")) {
      ps.setString(1, ref.id());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) agg.add(IndicatorRows.read(rs));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("lecture des indicateurs impossible : " + e.getMessage(), e);
    }
    return agg.tables();
  }

  /** Protected tables: one per count indicator, then one of medians. */
  public static List<PublishedTable> protect(CohortTables tables, int threshold) {
    SmallCellSuppression scs = new SmallCellSuppression(threshold);
    List<PublishedTable> out = new ArrayList<>();
    List<String> keyHeaders = tables.spec().keyHeaders();
    for (CountTable t : tables.counts()) out.add(protect(t, keyHeaders, scs));
    out.add(medians(tables.medians(), keyHeaders, threshold));
    return out;
  }

  private static PublishedTable protect(CountTable t, List<String> keyHeaders, SmallCellSuppression scs) {
    // columns empty in every row say nothing: drop them
    List<Integer> kept = new ArrayList<>();
    for (int j = 0; j < t.columns().size(); j++) {
      long sum = 0;
      for (long[] row : t.counts()) sum += row[j];
      if (sum > 0 || t.columns().get(j).equals(Status.YES.code()) || t.columns().get(j).equals(Status.NO.code())) kept.add(j);
    }
    long[][] cells = new long[t.keys().size()][kept.size()];
    for (int i = 0; i < cells.length; i++) for (int k = 0; k < kept.size(); k++) cells[i][k] = t.counts()[i][kept.get(k)];
    ProtectedTable p = scs.protect(cells);
    int yes = -1;
    int no = -1;
    List<String> headers = new ArrayList<>(keyHeaders);
    for (int k = 0; k < kept.size(); k++) {
      String code = t.columns().get(kept.get(k));
      if (code.equals(Status.YES.code())) yes = k;
      if (code.equals(Status.NO.code())) no = k;
      headers.add(code.toLowerCase(Locale.ROOT));
    }
    headers.add("effectif");
    boolean rates = yes >= 0 && no >= 0;
    if (rates) {
      headers.add("taux_oui_pct");
      headers.add("denominateur_taux");
    }
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < p.lines(); i++) {
      List<String> row = new ArrayList<>();
      if (i < t.keys().size()) row.addAll(t.keys().get(i));
      else for (int h = 0; h < keyHeaders.size(); h++) row.add(h == 0 ? "ensemble" : "");
      for (int j = 0; j < p.columns(); j++) row.add(cell(p, i, j));
      if (rates) {
        boolean shown = !p.status(i, yes).suppressed() && !p.status(i, no).suppressed();
        long den = p.value(i, yes) + p.value(i, no);
        if (!shown) {
          row.add(PRIMARY_MARK);
          row.add(PRIMARY_MARK);
        } else {
          row.add(den == 0 ? "" : String.format(Locale.ROOT, "%.1f", 100.0 * p.value(i, yes) / den));
          row.add(Long.toString(den));
        }
      }
      rows.add(row);
    }
    return new PublishedTable(t.name(), t.title(), t.population(), headers, rows);
  }

  private static String cell(ProtectedTable p, int i, int j) {
    CellStatus s = p.status(i, j);
    if (s == CellStatus.PRIMARY) return PRIMARY_MARK;
    if (s == CellStatus.SECONDARY) return SECONDARY_MARK;
    return Long.toString(p.value(i, j));
  }

  private static PublishedTable medians(List<MedianTable> tables, List<String> keyHeaders, int threshold) {
    List<String> headers = new ArrayList<>();
    headers.add("indicateur");
    headers.addAll(keyHeaders);
    headers.add("mediane");
    headers.add("effectif");
    List<List<String>> rows = new ArrayList<>();
    for (MedianTable m : tables) {
      for (int i = 0; i < m.keys().size(); i++) {
        if (m.counts()[i] == 0) continue;
        List<String> row = new ArrayList<>();
        row.add(m.name());
        row.addAll(m.keys().get(i));
        boolean hidden = m.counts()[i] < threshold;
        row.add(hidden ? PRIMARY_MARK : String.format(Locale.ROOT, "%.1f", m.medians()[i]));
        row.add(hidden ? PRIMARY_MARK : Long.toString(m.counts()[i]));
        rows.add(row);
      }
    }
    return new PublishedTable("medianes", "Médianes par cohorte (avec leur effectif)", "voir chaque indicateur", headers, rows);
  }
}
