package fr.parcours.engine.trajectory;

import fr.parcours.trajectory.Trajectory;
import fr.parcours.trajectory.indicator.PersonIndicators;
import fr.parcours.trajectory.sequence.MonthlySequence;
import fr.parcours.trajectory.spell.Episode;
import fr.parcours.trajectory.spell.Spell;
import fr.parcours.trajectory.spell.StateAlphabet;
import fr.parcours.trajectory.spell.TrajectoryFlag;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The workspace tables of trajectories (documented in {@code docs/workspace.md}, section
 * « Trajectoires »), and a writer that appends one batch of results at a time.
 */
final class TrajectoryTables implements AutoCloseable {
  static final List<String> TABLES = List.of("spells", "care_episodes", "sequences_monthly", "person_indicators", "trajectory_flags", "trajectory_runs");

  static void create(Connection c, String extractId) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS spells (extract_id VARCHAR, person_id VARCHAR, spell_no INTEGER, state VARCHAR, start_date DATE, end_date DATE)");
      s.execute("""
          CREATE TABLE IF NOT EXISTS care_episodes (extract_id VARCHAR, person_id VARCHAR, episode_no INTEGER, start_date DATE,
            end_date DATE, censored BOOLEAN, end_reason VARCHAR, first_measure_type VARCHAR)""");
      s.execute("""
          CREATE TABLE IF NOT EXISTS sequences_monthly (extract_id VARCHAR, person_id VARCHAR, axis VARCHAR, first_month DATE,
            months INTEGER, complete BOOLEAN, sps VARCHAR)""");
      StringBuilder ind = new StringBuilder("CREATE TABLE IF NOT EXISTS person_indicators (extract_id VARCHAR");
      for (String[] col : IndicatorRows.COLUMNS) ind.append(", ").append(col[0]).append(' ').append(col[1]);
      s.execute(ind.append(')').toString());
      s.execute("CREATE TABLE IF NOT EXISTS trajectory_flags (extract_id VARCHAR, person_id VARCHAR, code VARCHAR, record_id VARCHAR, detail VARCHAR)");
      s.execute("""
          CREATE TABLE IF NOT EXISTS trajectory_runs (extract_id VARCHAR, built_at TIMESTAMP, gap_tolerance_days INTEGER,
            calendar_start DATE, persons BIGINT, spells BIGINT, flags BIGINT)""");
    }
    for (String t : TABLES) {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + t + " WHERE extract_id = ?")) {
        ps.setString(1, extractId);
        ps.executeUpdate();
      }
    }
  }

  /** One person's results. */
  record Result(Trajectory trajectory, PersonIndicators indicators) {}

  private final String extractId;
  private final StateAlphabet alphabet;
  private final DuckDBConnection own;
  private final DuckDBAppender spells;
  private final DuckDBAppender episodes;
  private final DuckDBAppender sequences;
  private final DuckDBAppender indicators;
  private final DuckDBAppender flags;
  long spellRows;
  long flagRows;

  TrajectoryTables(Connection c, String extractId, StateAlphabet alphabet) throws SQLException {
    this.extractId = extractId;
    this.alphabet = alphabet;
    own = (DuckDBConnection) ((DuckDBConnection) c).duplicate();
    spells = own.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "spells");
    episodes = own.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "care_episodes");
    sequences = own.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "sequences_monthly");
    indicators = own.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "person_indicators");
    flags = own.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "trajectory_flags");
  }

  void write(List<Result> batch) {
    try {
      for (Result r : batch) {
        String id = r.trajectory().personId();
        int n = 0;
        for (Spell s : r.trajectory().timeline().spells()) {
          spells.beginRow();
          spells.append(extractId);
          spells.append(id);
          spells.append(++n);
          spells.append(s.state());
          spells.append(s.start());
          spells.append(s.end());
          spells.endRow();
        }
        spellRows += n;
        n = 0;
        for (Episode e : r.trajectory().timeline().episodes()) {
          episodes.beginRow();
          episodes.append(extractId);
          episodes.append(id);
          episodes.append(++n);
          episodes.append(e.start());
          episodes.append(e.end());
          episodes.append(e.censored());
          IndicatorRows.str(episodes, e.endReason());
          IndicatorRows.str(episodes, e.firstMeasureType());
          episodes.endRow();
        }
        sequence(id, r.trajectory().byAge());
        sequence(id, r.trajectory().byCalendar());
        IndicatorRows.append(indicators, extractId, r.indicators());
        for (TrajectoryFlag f : r.trajectory().timeline().flags()) {
          flags.beginRow();
          flags.append(extractId);
          flags.append(id);
          flags.append(f.code());
          IndicatorRows.str(flags, f.recordId());
          flags.append(f.detail());
          flags.endRow();
          flagRows++;
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("écriture des trajectoires impossible : " + e.getMessage(), e);
    }
  }

  private void sequence(String id, MonthlySequence m) throws SQLException {
    sequences.beginRow();
    sequences.append(extractId);
    sequences.append(id);
    sequences.append(m.axis().code());
    if (m.firstMonth() == null) sequences.appendNull();
    else sequences.append(m.firstMonth().atDay(1));
    sequences.append(m.length());
    sequences.append(m.complete());
    sequences.append(m.toSps(alphabet));
    sequences.endRow();
  }

  @Override
  public void close() throws SQLException {
    spells.close();
    episodes.close();
    sequences.close();
    indicators.close();
    flags.close();
    own.close();
  }
}
