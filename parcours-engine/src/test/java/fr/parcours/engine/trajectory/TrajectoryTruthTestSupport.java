package fr.parcours.engine.trajectory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Small SQL helpers for the trajectory tests. */
final class TrajectoryTruthTestSupport {
  private TrajectoryTruthTestSupport() {}

  static long count(Truth t, String sql) throws SQLException {
    return Long.parseLong(rows(t, sql).get(0)[0].toString());
  }

  static List<Object[]> rows(Truth t, String sql) throws SQLException {
    List<Object[]> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + t.ws().resolve("parcours.duckdb"));
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        Object[] r = new Object[n];
        for (int i = 0; i < n; i++) r[i] = rs.getObject(i + 1);
        out.add(r);
      }
    }
    return out;
  }
}
