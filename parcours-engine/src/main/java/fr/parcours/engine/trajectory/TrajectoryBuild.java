package fr.parcours.engine.trajectory;

import fr.parcours.engine.workspace.DatabaseRewrite;
import fr.parcours.engine.workspace.Workspace;
import fr.parcours.model.ParcoursException;
import fr.parcours.trajectory.Trajectories;
import fr.parcours.trajectory.Trajectory;
import fr.parcours.trajectory.spell.TrajectorySettings;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * {@code parcours trajectories}: builds the trajectories and indicators of every person of the
 * workspace's latest extract and stores them, atomically, with the pattern of the ingestion
 * ({@code docs/adr/0001-ingestion-atomique.md}): the database is copied beside the workspace, the
 * tables are (re)written in the copy, and the complete copy is renamed over the original. A crash
 * leaves the previous workspace intact; a re-run replaces the rows of the same extract.
 */
public final class TrajectoryBuild {
  private static final String TEMP_PREFIX = ".trajectoires-";

  private TrajectoryBuild() {}

  /** What a build did. */
  public record Outcome(String extractId, LocalDate extractDate, long persons, long spells, long flags, double seconds) {}

  public static Outcome run(Path workspaceDir, TrajectorySettings settings, int threads, TrajectoryPipeline.Listener listener) {
    long t0 = System.nanoTime();
    Path ws = workspaceDir.toAbsolutePath().normalize();
    Trajectories trajectories = new Trajectories(settings);
    Outcome o = DatabaseRewrite.run(ws, TEMP_PREFIX, "la construction des trajectoires", c -> {
      String extractId;
      LocalDate extractDate;
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT extract_id, extract_date FROM extracts ORDER BY extract_date DESC LIMIT 1")) {
        if (!rs.next()) throw new ParcoursException("Le workspace " + ws + " ne contient aucun extrait : lancez d'abord parcours ingest.");
        extractId = rs.getString(1);
        extractDate = rs.getObject(2, LocalDate.class);
      }
      TrajectoryTables.create(c, extractId);
      long persons;
      long spells;
      long flags;
      try (TrajectoryTables out = new TrajectoryTables(c, extractId, trajectories.alphabet())) {
        persons = TrajectoryPipeline.run(c, extractId, threads, r -> {
          Trajectory t = trajectories.build(r, extractDate);
          return new TrajectoryTables.Result(t, trajectories.indicators(r, t));
        }, out::write, listener);
        spells = out.spellRows;
        flags = out.flagRows;
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO trajectory_runs VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        ps.setString(1, extractId);
        ps.setTimestamp(2, Timestamp.valueOf(LocalDateTime.now().withNano(0)));
        ps.setInt(3, settings.gapToleranceDays());
        ps.setObject(4, settings.calendarStart());
        ps.setLong(5, persons);
        ps.setLong(6, spells);
        ps.setLong(7, flags);
        ps.executeUpdate();
      }
      return new Outcome(extractId, extractDate, persons, spells, flags, 0);
    });
    return new Outcome(o.extractId(), o.extractDate(), o.persons(), o.spells(), o.flags(), (System.nanoTime() - t0) / 1e9);
  }

  /** True when the latest extract of the workspace has stored trajectories. */
  public static boolean built(Workspace w) {
    var ref = w.latestExtract();
    if (ref.isEmpty()) return false;
    try (PreparedStatement ps = w.connection().prepareStatement(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'trajectory_runs'")) {
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        if (rs.getLong(1) == 0) return false;
      }
      try (PreparedStatement q = w.connection().prepareStatement("SELECT count(*) FROM trajectory_runs WHERE extract_id = ?")) {
        q.setString(1, ref.get().id());
        try (ResultSet rs = q.executeQuery()) {
          rs.next();
          return rs.getLong(1) > 0;
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
