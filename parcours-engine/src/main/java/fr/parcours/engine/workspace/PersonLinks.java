package fr.parcours.engine.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Merges probable duplicate persons of one extract (the same child entered twice under two ids
 * with a spelling variant): the pairs found by {@link CrossRowChecks} are joined into groups by
 * union–find, and every id of a group is linked to the group's smallest id in
 * {@code person_links}. Trajectories read each group as one person, so a child whose CJM was
 * recorded under the second id is not counted as a child without CJM. The source ids stay as they
 * are, and each duplicate keeps its {@code DOUBLON_PROBABLE} flag so the source can be corrected.
 */
final class PersonLinks {
  private PersonLinks() {}

  static int write(Connection c, String extractId) throws SQLException {
    Map<String, String> parent = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT id, other FROM duplicate_pairs ORDER BY id, other");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) union(parent, rs.getString(1), rs.getString(2));
    }
    try (DuckDBAppender a = ((DuckDBConnection) c).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "person_links")) {
      for (String id : new java.util.TreeSet<>(parent.keySet())) {
        String root = find(parent, id);
        if (root.equals(id)) continue;
        a.beginRow();
        a.append(extractId);
        a.append(id);
        a.append(root);
        a.endRow();
      }
    }
    return parent.size();
  }

  private static String find(Map<String, String> parent, String x) {
    String p = parent.getOrDefault(x, x);
    if (p.equals(x)) return x;
    String root = find(parent, p);
    parent.put(x, root);
    return root;
  }

  /** Links both groups under the smaller id, so the canonical id never depends on the order of pairs. */
  private static void union(Map<String, String> parent, String a, String b) {
    parent.putIfAbsent(a, a);
    parent.putIfAbsent(b, b);
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (ra.equals(rb)) return;
    if (ra.compareTo(rb) < 0) parent.put(rb, ra);
    else parent.put(ra, rb);
  }
}
