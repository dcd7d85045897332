package fr.parcours.engine.trajectory;

import fr.parcours.engine.workspace.Workspace;
import java.sql.SQLException;
import java.util.List;

/** Small SQL helpers for the trajectory tests. */
final class TrajectoryTruthTestSupport {
  private TrajectoryTruthTestSupport() {}

  static long count(Truth t, String sql) throws SQLException {
    return Long.parseLong(rows(t, sql).get(0)[0].toString());
  }

  static List<Object[]> rows(Truth t, String sql) throws SQLException {
    try (Workspace w = Workspace.open(t.ws())) {
      return w.rows(sql);
    }
  }
}
