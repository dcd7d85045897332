package fr.parcours.engine.summary;

import fr.parcours.engine.workspace.Workspace;
import fr.parcours.ingest.load.QualityCode;
import fr.parcours.model.Nomenclature;
import fr.parcours.model.Nomenclatures;
import fr.parcours.model.ParcoursException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Computes an {@link ExtractSummary} from a workspace with a few SQL queries. */
public final class ExtractSummaries {
  private ExtractSummaries() {}

  /** The summary of the latest extract of the workspace. */
  public static ExtractSummary latest(Workspace ws) {
    Workspace.ExtractRef ref = ws.latestExtract()
        .orElseThrow(() -> new ParcoursException("Le workspace " + ws.dir() + " ne contient aucun extrait : lancez parcours ingest."));
    try {
      return compute(ws, ref);
    } catch (SQLException e) {
      throw new IllegalStateException("synthèse impossible : " + e.getMessage(), e);
    }
  }

  private static ExtractSummary compute(Workspace ws, Workspace.ExtractRef ref) throws SQLException {
    Q q = new Q(ws, ref.id());
    String departement = q.string("SELECT departement FROM extracts WHERE extract_id = ?");
    long persons = q.count("SELECT count(*) FROM persons WHERE extract_id = ?");
    long withMeasure = q.count("SELECT count(DISTINCT person_id) FROM measures WHERE extract_id = ?");
    long placed = q.count("SELECT count(DISTINCT person_id) FROM placements WHERE extract_id = ?");
    long reports = q.count("SELECT count(*) FROM concern_reports WHERE extract_id = ?");
    List<ExtractSummary.Count> byType = q.labelled(
        "SELECT measure_type, count(*) FROM measures WHERE extract_id = ? GROUP BY 1", Nomenclatures.MEASURE_TYPES);
    List<ExtractSummary.Count> byPlace = q.labelled(
        "SELECT place_type, count(*) FROM placements WHERE extract_id = ? GROUP BY 1", Nomenclatures.PLACE_TYPES);
    List<ExtractSummary.Count> byOutcome = q.labelled(
        "SELECT coalesce(outcome, 'EN_COURS'), count(*) FROM concern_reports WHERE extract_id = ? GROUP BY 1", Nomenclatures.REPORT_OUTCOMES);
    List<ExtractSummary.Count> cjm = new ArrayList<>();
    for (Object[] r : q.rows("""
        SELECT (year(start_date) // 10) * 10 AS decade, count(*) FROM measures
        WHERE extract_id = ? AND measure_type = 'CJM' GROUP BY 1 ORDER BY 1""")) {
      long d = ((Number) r[0]).longValue();
      cjm.add(new ExtractSummary.Count(Long.toString(d), "années " + d, ((Number) r[1]).longValue()));
    }
    List<ExtractSummary.FileRow> files = new ArrayList<>();
    for (Object[] r : q.rows("SELECT file_name, rows_read, rows_loaded, rows_rejected FROM extract_files WHERE extract_id = ? ORDER BY rowid")) {
      files.add(new ExtractSummary.FileRow((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), ((Number) r[3]).longValue()));
    }
    return new ExtractSummary(ref.id(), ref.date(), departement, persons, withMeasure, placed, reports, byType, byPlace, byOutcome, cjm, files,
        q.quality("SELECT code, count(*) FROM rejects WHERE extract_id = ? GROUP BY 1"),
        q.quality("SELECT code, count(*) FROM quality_flags WHERE extract_id = ? GROUP BY 1"));
  }

  /** Small helper: every query takes the extract id as its only parameter. */
  private record Q(Workspace ws, String extractId) {
    List<Object[]> rows(String sql) throws SQLException {
      return ws.rows(sql, extractId);
    }

    long count(String sql) throws SQLException {
      return ((Number) rows(sql).get(0)[0]).longValue();
    }

    String string(String sql) throws SQLException {
      List<Object[]> r = rows(sql);
      return r.isEmpty() || r.get(0)[0] == null ? null : r.get(0)[0].toString();
    }

    /** Counts by code, in the nomenclature's order, with its French labels. */
    List<ExtractSummary.Count> labelled(String sql, Nomenclature n) throws SQLException {
      Map<String, Long> counts = new LinkedHashMap<>();
      for (Object[] r : rows(sql)) counts.put((String) r[0], ((Number) r[1]).longValue());
      List<ExtractSummary.Count> out = new ArrayList<>();
      for (String code : n.codes()) if (counts.containsKey(code)) out.add(new ExtractSummary.Count(code, n.label(code), counts.get(code)));
      return out;
    }

    List<ExtractSummary.Count> quality(String sql) throws SQLException {
      Map<String, Long> counts = new LinkedHashMap<>();
      for (Object[] r : rows(sql)) counts.put((String) r[0], ((Number) r[1]).longValue());
      List<ExtractSummary.Count> out = new ArrayList<>();
      for (QualityCode c : QualityCode.values()) if (counts.containsKey(c.name())) out.add(new ExtractSummary.Count(c.name(), c.label(), counts.get(c.name())));
      return out;
    }
  }
}
