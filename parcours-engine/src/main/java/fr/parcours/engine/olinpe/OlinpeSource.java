package fr.parcours.engine.olinpe;

import fr.parcours.engine.workspace.Workspace;
import fr.parcours.model.ConcernReport;
import fr.parcours.model.MdphDecision;
import fr.parcours.model.Measure;
import fr.parcours.model.ParcoursException;
import fr.parcours.model.Person;
import fr.parcours.model.PersonRecords;
import fr.parcours.model.Placement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads, from one extract of a workspace, the records of the persons who have a measure starting or
 * ending in a year (controller side: identities included, to compute NUMANONYM), and the OLINPE
 * identifiers already sent ({@code olinpe_sent}).
 */
final class OlinpeSource {
  static final String SENT_TABLE = "olinpe_sent";

  private OlinpeSource() {}

  private static final String IN_YEAR = " WHERE extract_id = ? AND person_id IN (SELECT person_id FROM measures WHERE extract_id = ?"
      + " AND (year(start_date) = ? OR year(end_date) = ?)) ORDER BY person_id, source_line";

  /** The records of persons with an event in {@code year}, by person id (sorted). */
  static Map<String, PersonRecords> read(Workspace ws, String extractId, int year) {
    Map<String, Person> persons = new TreeMap<>();
    Map<String, List<ConcernReport>> reports = new HashMap<>();
    Map<String, List<Measure>> measures = new HashMap<>();
    Map<String, List<Placement>> places = new HashMap<>();
    Map<String, List<MdphDecision>> mdph = new HashMap<>();
    try {
      query(ws, "SELECT person_id, usage_name, birth_name, first_names, sex, birth_date, birth_commune, mother_birth_name, unaccompanied_minor, death_date FROM persons",
          extractId, year, rs -> persons.putIfAbsent(rs.getString(1), new Person(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
              rs.getString(5), date(rs, 6), rs.getString(7), rs.getString(8), rs.getBoolean(9), date(rs, 10))));
      query(ws, "SELECT person_id, report_id, received_date, origin, danger_types, outcome_date, outcome FROM concern_reports", extractId, year,
          rs -> reports.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new ConcernReport(rs.getString(2), rs.getString(1), date(rs, 3),
              rs.getString(4), dangers(rs.getString(5)), date(rs, 6), rs.getString(7))));
      query(ws, "SELECT person_id, measure_id, measure_type, nature, decision_maker, start_date, end_date, end_reason, territory FROM measures",
          extractId, year, rs -> measures.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Measure(rs.getString(2), rs.getString(1),
              rs.getString(3), rs.getString(4), rs.getString(5), date(rs, 6), date(rs, 7), rs.getString(8), rs.getString(9))));
      query(ws, "SELECT person_id, placement_id, measure_id, place_type, start_date, end_date, place_departement FROM placements", extractId, year,
          rs -> places.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Placement(rs.getString(2), rs.getString(3), rs.getString(1),
              rs.getString(4), date(rs, 5), date(rs, 6), rs.getString(7))));
      query(ws, "SELECT person_id, decision_id, decision_type, decision_date, rights_end_date FROM mdph", extractId, year,
          rs -> mdph.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new MdphDecision(rs.getString(2), rs.getString(1), rs.getString(3),
              date(rs, 4), date(rs, 5))));
    } catch (SQLException e) {
      throw new ParcoursException("Lecture du workspace " + ws.dir() + " impossible : " + e.getMessage() + ". Relancez parcours ingest si la base est ancienne.", e);
    }
    Map<String, PersonRecords> out = new TreeMap<>();
    for (Person p : persons.values()) {
      String id = p.personId();
      out.put(id, new PersonRecords(p, reports.getOrDefault(id, List.of()), measures.getOrDefault(id, List.of()), places.getOrDefault(id, List.of()),
          List.of(), List.of(), mdph.getOrDefault(id, List.of())));
    }
    return out;
  }

  /** The identifier last sent for each person in a year before {@code year} (empty when nothing was sent). */
  static Map<String, String> previouslySent(Workspace ws, int year) {
    Map<String, String> out = new HashMap<>();
    try {
      try (PreparedStatement ps = ws.connection().prepareStatement("SELECT count(*) FROM information_schema.tables WHERE table_name = ?")) {
        ps.setString(1, SENT_TABLE);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next() || rs.getLong(1) == 0) return out;
        }
      }
      try (PreparedStatement ps = ws.connection().prepareStatement("SELECT person_id, arg_max(numanonym, year) FROM " + SENT_TABLE
          + " WHERE year < ? GROUP BY person_id")) {
        ps.setInt(1, year);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) out.put(rs.getString(1), rs.getString(2));
        }
      }
    } catch (SQLException e) {
      throw new ParcoursException("Lecture de la table " + SENT_TABLE + " du workspace " + ws.dir() + " impossible : " + e.getMessage(), e);
    }
    return out;
  }

  private interface RowConsumer {
    void accept(ResultSet rs) throws SQLException;
  }

  private static void query(Workspace ws, String select, String extractId, int year, RowConsumer c) throws SQLException {
    try (PreparedStatement ps = ws.connection().prepareStatement(select + IN_YEAR)) {
      ps.setString(1, extractId);
      ps.setString(2, extractId);
      ps.setInt(3, year);
      ps.setInt(4, year);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) c.accept(rs);
      }
    }
  }

  private static List<String> dangers(String s) {
    if (s == null || s.isBlank()) return List.of();
    return Arrays.stream(s.split("\\|")).map(String::strip).filter(x -> !x.isEmpty()).toList();
  }

  private static LocalDate date(ResultSet rs, int i) throws SQLException {
    return rs.getObject(i, LocalDate.class);
  }
}
