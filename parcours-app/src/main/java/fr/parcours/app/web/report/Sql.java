package fr.parcours.app.web.report;

import fr.parcours.engine.workspace.Workspace;
import java.sql.SQLException;
import java.util.List;

/** Parameterised read-only queries (never a value concatenated into SQL). */
final class Sql {
  private Sql() {}

  static List<Object[]> rows(Workspace w, String sql, Object... params) {
    try {
      return w.rows(sql, params);
    } catch (SQLException e) {
      throw new IllegalStateException("requête de l'observatoire impossible : " + e.getMessage(), e);
    }
  }

  static long count(Workspace w, String sql, Object... params) {
    List<Object[]> r = rows(w, sql, params);
    return r.isEmpty() || r.get(0)[0] == null ? 0 : ((Number) r.get(0)[0]).longValue();
  }

  static boolean tableExists(Workspace w, String table) {
    return count(w, "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", table) > 0;
  }

  static long l(Object o) {
    return o == null ? 0 : ((Number) o).longValue();
  }
}
