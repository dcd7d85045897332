package fr.parcours.engine.workspace;

import fr.parcours.ingest.load.QualityCode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Quality rules that need several rows, run in SQL on the loaded extract. Each inserts its flags
 * into {@code quality_flags}; all rows of a suspicious group are flagged, each naming the others,
 * because the source cannot tell which one is right.
 */
final class CrossRowChecks {
  private CrossRowChecks() {}

  /** SQL per rule; {@code ?} is the extract id (bound as many times as it appears). */
  private static final Map<QualityCode, String> RULES = new LinkedHashMap<>();

  static {
    // Same birth date and sex, near-identical normalised names (Jaro–Winkler ≥ 0.88 on both).
    // Pairs are blocked on (birth date, sex, first letter of the name) or (…, first letter of the
    // first name): a variant that changes both first letters at once is very rare, and blocking
    // divides the pairs to score by about twenty at national scale.
    RULES.put(QualityCode.DOUBLON_PROBABLE, """
        SELECT 'persons', id, line, 'birth_name', 'même naissance et nom proche de la personne ' || string_agg(other, ', ' ORDER BY other)
        FROM duplicate_pairs GROUP BY id, line""");
    RULES.put(QualityCode.MESURE_EN_DOUBLE, """
        WITH m AS (SELECT * FROM measures WHERE extract_id = ?)
        SELECT 'measures', a.measure_id, a.source_line, 'measure_id',
               'même personne, type et début que la mesure ' || string_agg(b.measure_id, ', ' ORDER BY b.measure_id)
        FROM m a JOIN m b ON a.person_id = b.person_id AND a.measure_type = b.measure_type
          AND a.start_date = b.start_date AND a.measure_id <> b.measure_id
        GROUP BY a.measure_id, a.source_line""");
    RULES.put(QualityCode.CHEVAUCHEMENT, """
        WITH l AS (SELECT * FROM placements WHERE extract_id = ?)
        SELECT 'placements', a.placement_id, a.source_line, 'start_date',
               'chevauche le lieu ' || string_agg(b.placement_id, ', ' ORDER BY b.placement_id)
        FROM l a JOIN l b ON a.measure_id = b.measure_id AND a.placement_id <> b.placement_id
          AND a.start_date < coalesce(b.end_date, DATE '9999-12-31') AND b.start_date < coalesce(a.end_date, DATE '9999-12-31')
        GROUP BY a.placement_id, a.source_line""");
    // Every child-protection measure ends the day before the 21st birthday: an open one for a person
    // aged 21 or more at the extract date lacks its end;
    // so does one followed by a later measure of the same type.
    RULES.put(QualityCode.FIN_MANQUANTE_PROBABLE, """
        WITH m AS (
          SELECT *, max(start_date) OVER (PARTITION BY person_id, measure_type) AS last_start
          FROM measures WHERE extract_id = ?),
             x AS (SELECT extract_date FROM extracts_pending)
        SELECT 'measures', a.measure_id, a.source_line, 'end_date',
               CASE WHEN p.birth_date + INTERVAL 21 YEAR <= (SELECT extract_date FROM x)
                    THEN 'mesure ouverte pour une personne de 21 ans ou plus'
                    ELSE 'une mesure du même type commence ensuite' END
        FROM m a JOIN persons p ON p.person_id = a.person_id AND p.extract_id = a.extract_id
        WHERE a.end_date IS NULL
          AND (p.birth_date + INTERVAL 21 YEAR <= (SELECT extract_date FROM x) OR a.last_start > a.start_date)""");
    RULES.put(QualityCode.DEBUT_AVANT_NAISSANCE, """
        SELECT 'measures', a.measure_id, a.source_line, 'start_date',
               'début ' || strftime(a.start_date, '%d/%m/%Y') || ' avant la naissance ' || strftime(p.birth_date, '%d/%m/%Y')
        FROM measures a JOIN persons p ON p.person_id = a.person_id AND p.extract_id = a.extract_id
        WHERE a.extract_id = ? AND a.start_date < p.birth_date
        UNION ALL
        SELECT 'concern_reports', r.report_id, r.source_line, 'received_date',
               'IP reçue le ' || strftime(r.received_date, '%d/%m/%Y') || ' avant la naissance ' || strftime(p.birth_date, '%d/%m/%Y')
        FROM concern_reports r JOIN persons p ON p.person_id = r.person_id AND p.extract_id = r.extract_id
        WHERE r.extract_id = ? AND r.received_date < p.birth_date
        UNION ALL
        SELECT 'persons', p.person_id, p.source_line, 'birth_date',
               'naissance le ' || strftime(p.birth_date, '%d/%m/%Y') || ', après le début de ' || count(*) || ' mesure(s)'
        FROM persons p JOIN measures a ON p.person_id = a.person_id AND p.extract_id = a.extract_id
        WHERE p.extract_id = ? AND a.start_date < p.birth_date
        GROUP BY p.person_id, p.source_line, p.birth_date""");
  }

  /**
   * Pairs of probable duplicates: same birth date and sex, near-identical normalised names
   * (Jaro–Winkler ≥ 0.88 on both). Pairs are blocked on (birth date, sex, first letter of the
   * name) or (…, first letter of the first name): a variant that changes both first letters at
   * once is very rare, and blocking divides the pairs to score by about twenty at national scale.
   */

  /**
   * Largest block compared pair by pair. A bigger block means a conventional birth date (1 January
   * given to many unaccompanied minors, a software default): names alone cannot tell duplicates
   * there, and comparing every pair would grow with the square of the block (a million pairs for
   * a thousand persons). Such blocks are left out of the duplicate search.
   */
  static final int MAX_BLOCK = 200;

  private static final String DUPLICATE_PAIRS = """
      CREATE OR REPLACE TEMP TABLE duplicate_pairs AS
      WITH p AS (
        SELECT person_id, sex, birth_date, source_line AS line,
               lower(strip_accents(coalesce(birth_name, ''))) AS n, lower(strip_accents(coalesce(first_names, ''))) AS f
        FROM persons WHERE extract_id = ? AND birth_date IS NOT NULL),
      sized AS (
        SELECT *, count(*) OVER (PARTITION BY birth_date, sex, left(n, 1)) AS by_name,
                  count(*) OVER (PARTITION BY birth_date, sex, left(f, 1)) AS by_first_name
        FROM p),
      candidates AS (
        SELECT a.person_id AS id, a.line, b.person_id AS other, a.n AS na, b.n AS nb, a.f AS fa, b.f AS fb
        FROM sized a JOIN sized b ON a.birth_date = b.birth_date AND a.sex = b.sex AND left(a.n, 1) = left(b.n, 1)
          AND a.person_id <> b.person_id AND a.by_name <= %1$d
        UNION
        SELECT a.person_id, a.line, b.person_id, a.n, b.n, a.f, b.f
        FROM sized a JOIN sized b ON a.birth_date = b.birth_date AND a.sex = b.sex AND left(a.f, 1) = left(b.f, 1)
          AND a.person_id <> b.person_id AND a.by_first_name <= %1$d)
      SELECT id, line, other FROM candidates
      WHERE jaro_winkler_similarity(na, nb) >= 0.88 AND jaro_winkler_similarity(fa, fb) >= 0.88""".formatted(MAX_BLOCK);

  /** Runs every rule for the extract, returning the number of flags per code. */
  static Map<QualityCode, Long> run(Connection c, String extractId, java.time.LocalDate extractDate, Map<String, String> fileOfTable) throws SQLException {
    try (var s = c.createStatement()) {
      s.execute("CREATE OR REPLACE TEMP TABLE extracts_pending AS SELECT DATE '" + extractDate + "' AS extract_date");
    }
    try (PreparedStatement ps = c.prepareStatement(DUPLICATE_PAIRS)) {
      ps.setString(1, extractId);
      ps.execute();
    }
    PersonLinks.write(c, extractId);
    Map<QualityCode, Long> counts = new LinkedHashMap<>();
    for (Map.Entry<QualityCode, String> rule : RULES.entrySet()) {
      String select = rule.getValue();
      int params = (int) select.chars().filter(ch -> ch == '?').count();
      String sql = "INSERT INTO quality_flags SELECT ?, t.tbl, t.id, f.file_name, t.line, t.col, '" + rule.getKey().name() + "', t.detail FROM ("
          + select + ") AS t(tbl, id, line, col, detail) LEFT JOIN (SELECT * FROM (VALUES " + values(fileOfTable)
          + ") v(table_name, file_name)) f ON f.table_name = t.tbl ORDER BY t.line";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setString(1, extractId);
        for (int i = 0; i < params; i++) ps.setString(i + 2, extractId);
        counts.put(rule.getKey(), (long) ps.executeUpdate());
      }
    }
    return counts;
  }

  private static String values(Map<String, String> fileOfTable) {
    StringBuilder sb = new StringBuilder();
    fileOfTable.forEach((t, f) -> {
      if (sb.length() > 0) sb.append(", ");
      sb.append("('").append(t.replace("'", "''")).append("', '").append(f.replace("'", "''")).append("')");
    });
    return sb.length() == 0 ? "('', '')" : sb.toString();
  }
}
