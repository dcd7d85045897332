package fr.parcours.engine.workspace;

import fr.parcours.model.ParcoursException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * A workspace: a folder holding one DuckDB database file ({@code parcours.duckdb}) with every
 * extract ingested so far, and derived files (rejects as CSV, reports). The database file is only
 * ever replaced whole by an atomic rename (see {@link WorkspaceIngest}), so a reader always sees
 * a complete state.
 */
public final class Workspace implements AutoCloseable {
  public static final String DATABASE = "parcours.duckdb";
  /** The controller's hash-chained audit log (see {@code fr.parcours.exchange.audit.AuditLog}). */
  public static final String AUDIT_LOG = "journal-audit.jsonl";

  private final Path dir;
  private final Connection connection;

  private Workspace(Path dir, Connection connection) {
    this.dir = dir;
    this.connection = connection;
  }

  /** Opens an existing workspace read-only. */
  public static Workspace open(Path dir) {
    Path db = dir.resolve(DATABASE);
    if (!Files.isRegularFile(db)) {
      throw new ParcoursException("Workspace introuvable : " + dir + " ne contient pas " + DATABASE
          + ". Lancez d'abord : parcours ingest --source DOSSIER --workspace " + dir);
    }
    try {
      Properties props = new Properties();
      props.setProperty("duckdb.read_only", "true");
      return new Workspace(dir, DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath(), props));
    } catch (SQLException e) {
      throw new ParcoursException("Ouverture impossible du workspace " + dir + " : " + e.getMessage(), e);
    }
  }

  public Path dir() {
    return dir;
  }

  public Connection connection() {
    return connection;
  }

  /**
   * Rows of a parameterised read query (values bound, never concatenated), each as the array of its
   * column values as JDBC returns them.
   */
  public List<Object[]> rows(String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
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
    }
  }

  /** The most recent extract (the one analyses use by default). */
  public Optional<ExtractRef> latestExtract() {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT extract_id, extract_date FROM extracts ORDER BY extract_date DESC LIMIT 1")) {
      if (!rs.next()) return Optional.empty();
      return Optional.of(new ExtractRef(rs.getString(1), rs.getObject(2, LocalDate.class)));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Identifies one ingested extract. */
  public record ExtractRef(String id, LocalDate date) {}

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
