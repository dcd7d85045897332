package fr.parcours.engine.trajectory;

import fr.parcours.model.ConcernReport;
import fr.parcours.model.HousingStep;
import fr.parcours.model.MdphDecision;
import fr.parcours.model.Measure;
import fr.parcours.model.Person;
import fr.parcours.model.PersonRecords;
import fr.parcours.model.Placement;
import fr.parcours.model.RsaEntitlement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.duckdb.DuckDBConnection;

/**
 * Streams the {@link PersonRecords} of one extract: one ordered scan per canonical table (each on
 * its own duplicate of the connection), merged by {@code person_id} like a merge join. Memory holds
 * one person at a time; no query per person. Rows whose person is absent from {@code persons}
 * (orphans) are skipped and counted. The person's names are not read: trajectories do not need
 * them, and they stay in the workspace.
 *
 * <p>Probable duplicates merged at ingestion ({@code person_links}) come out as one person under
 * the group's smallest id, with the records of every id of the group.
 *
 * <p>Order: DuckDB sorts VARCHAR by bytes of UTF-8, i.e. by code point; the merge compares ids by
 * code point too ({@link #compare}), so non-ASCII ids merge correctly.
 */
public final class PersonRecordsScan implements Iterator<PersonRecords>, AutoCloseable {
  private final List<Connection> connections = new ArrayList<>();
  private final Cursor persons;
  private final Cursor reports;
  private final Cursor measures;
  private final Cursor places;
  private final Cursor rsa;
  private final Cursor housing;
  private final Cursor mdph;
  private long orphans;
  private long read;

  public PersonRecordsScan(Connection connection, String extractId) {
    try {
      persons = open(connection, extractId, "persons", "person_id, sex, birth_date, unaccompanied_minor, death_date");
      reports = open(connection, extractId, "concern_reports", "person_id, report_id, received_date, origin, outcome_date, outcome");
      measures = open(connection, extractId, "measures",
          "person_id, measure_id, measure_type, nature, decision_maker, start_date, end_date, end_reason, territory");
      places = open(connection, extractId, "placements", "person_id, placement_id, measure_id, place_type, start_date, end_date, place_departement");
      rsa = open(connection, extractId, "rsa", "person_id, rsa_id, open_date, close_date");
      housing = open(connection, extractId, "housing", "person_id, housing_id, step_type, step_date");
      mdph = open(connection, extractId, "mdph", "person_id, decision_id, decision_type, decision_date, rights_end_date");
    } catch (SQLException e) {
      close();
      throw new IllegalStateException("lecture du workspace impossible : " + e.getMessage(), e);
    }
  }

  /** One ordered scan of a table. */
  private final class Cursor {
    final ResultSet rs;
    String current;

    Cursor(ResultSet rs) throws SQLException {
      this.rs = rs;
      advance();
    }

    void advance() throws SQLException {
      current = rs.next() ? rs.getString(1) : null;
    }

    /** Skips rows of persons before {@code id} (orphans), then reports whether the cursor is on {@code id}. */
    boolean at(String id) throws SQLException {
      while (current != null && compare(current, id) < 0) {
        orphans++;
        advance();
      }
      return current != null && current.equals(id);
    }
  }

  private Cursor open(Connection c, String extractId, String table, String columns) throws SQLException {
    Connection own = ((DuckDBConnection) c).duplicate();
    connections.add(own);
    // Probable duplicates are read as one person: their rows carry the group's canonical id
    // (person_links, written by the ingestion).
    PreparedStatement ps = own.prepareStatement(
        "SELECT " + columns + " FROM (SELECT t.* REPLACE (coalesce(l.canonical_id, t.person_id) AS person_id) FROM " + table
            + " t LEFT JOIN person_links l ON l.extract_id = t.extract_id AND l.person_id = t.person_id"
            + " WHERE t.extract_id = ? AND t.person_id IS NOT NULL) ORDER BY person_id, source_line");
    ps.setString(1, extractId);
    return new Cursor(ps.executeQuery());
  }

  @Override
  public boolean hasNext() {
    return persons.current != null;
  }

  @Override
  public PersonRecords next() {
    if (!hasNext()) throw new NoSuchElementException();
    try {
      ResultSet p = persons.rs;
      String id = persons.current;
      Person person = new Person(id, null, null, null, p.getString(2), date(p, 3), null, null, p.getBoolean(4), date(p, 5));
      List<ConcernReport> rl = new ArrayList<>(2);
      while (reports.at(id)) {
        ResultSet r = reports.rs;
        rl.add(new ConcernReport(r.getString(2), id, date(r, 3), r.getString(4), List.of(), date(r, 5), r.getString(6)));
        reports.advance();
      }
      List<Measure> ml = new ArrayList<>(2);
      while (measures.at(id)) {
        ResultSet r = measures.rs;
        ml.add(new Measure(r.getString(2), id, r.getString(3), r.getString(4), r.getString(5), date(r, 6), date(r, 7), r.getString(8), r.getString(9)));
        measures.advance();
      }
      List<Placement> pl = new ArrayList<>(2);
      while (places.at(id)) {
        ResultSet r = places.rs;
        pl.add(new Placement(r.getString(2), r.getString(3), id, r.getString(4), date(r, 5), date(r, 6), r.getString(7)));
        places.advance();
      }
      List<RsaEntitlement> rs = new ArrayList<>(0);
      while (rsa.at(id)) {
        rs.add(new RsaEntitlement(rsa.rs.getString(2), id, date(rsa.rs, 3), date(rsa.rs, 4)));
        rsa.advance();
      }
      List<HousingStep> hl = new ArrayList<>(0);
      while (housing.at(id)) {
        hl.add(new HousingStep(housing.rs.getString(2), id, housing.rs.getString(3), date(housing.rs, 4)));
        housing.advance();
      }
      List<MdphDecision> dl = new ArrayList<>(0);
      while (mdph.at(id)) {
        dl.add(new MdphDecision(mdph.rs.getString(2), id, mdph.rs.getString(3), date(mdph.rs, 4), date(mdph.rs, 5)));
        mdph.advance();
      }
      // a person id appearing twice in persons (not expected after ingestion) keeps its first row
      do {
        persons.advance();
      } while (persons.current != null && persons.current.equals(id));
      read++;
      return new PersonRecords(person, rl, ml, pl, rs, hl, dl);
    } catch (SQLException e) {
      throw new IllegalStateException("lecture du workspace impossible : " + e.getMessage(), e);
    }
  }

  /** Reads the next batch of at most {@code n} persons (empty at the end). */
  public List<PersonRecords> nextBatch(int n) {
    List<PersonRecords> out = new ArrayList<>(n);
    while (out.size() < n && hasNext()) out.add(next());
    return out;
  }

  /** Rows skipped because their person is not in {@code persons} (so far). */
  public long orphans() {
    return orphans;
  }

  public long personsRead() {
    return read;
  }

  private static LocalDate date(ResultSet rs, int i) throws SQLException {
    return rs.getObject(i, LocalDate.class);
  }

  /** Code-point order, the order of DuckDB's VARCHAR sort. */
  static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) return Integer.compare(ca, cb);
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  @Override
  public void close() {
    for (Connection c : connections) {
      try {
        c.close();
      } catch (SQLException e) {
        // closing a read connection cannot lose data
      }
    }
    connections.clear();
  }
}
