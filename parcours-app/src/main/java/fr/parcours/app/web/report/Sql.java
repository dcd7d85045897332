package fr.parcours.app.web.report;

import fr.parcours.engine.workspace.Workspace;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Parameterised read-only queries (never a value concatenated into SQL). */
final class Sql {
  private Sql() {}

  static List<Object[]> rows(Workspace w, String sql, Object... params) {
    try (PreparedStatement ps = w.connection().prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
      try (ResultSet rs = ps.executeQuery()) {
        List<Object[]> out = new ArrayList<>();
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          Object[] row = new Object[n];
          for (int i = 0; i < n; i++) row[i] = rs.getObject(i + 1);
          out.add(row);
        }
        return out;
      }
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
