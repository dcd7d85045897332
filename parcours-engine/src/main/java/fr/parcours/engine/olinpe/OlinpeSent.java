package fr.parcours.engine.olinpe;

import fr.parcours.engine.workspace.Workspace;
import fr.parcours.model.ParcoursException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Records, controller side, the identifiers sent for a year: table {@code olinpe_sent(year,
 * person_id, numanonym, extract_id, exported_at)}, so the next export can fill NUMANONYMANT when a
 * person's identifier changed (key rotation, corrected identity). Written like every other change
 * of the workspace: the database is copied beside it, the copy is changed, and renamed over the
 * original in one atomic move; re-exporting a year replaces its rows.
 */
final class OlinpeSent {
  private static final String TEMP_PREFIX = ".olinpe-";

  private OlinpeSent() {}

  static void replaceYear(Path workspace, int year, String extractId, Map<String, String> sent) {
    Path ws = workspace.toAbsolutePath().normalize();
    Path db = ws.resolve(Workspace.DATABASE);
    Path temp = ws.getParent().resolve(TEMP_PREFIX + ws.getFileName() + "-" + UUID.randomUUID() + ".duckdb");
    try {
      removeStale(ws);
      Files.copy(db, temp);
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + temp)) {
        try (Statement s = c.createStatement()) {
          s.execute("CREATE TABLE IF NOT EXISTS " + OlinpeSource.SENT_TABLE
              + " (year INTEGER NOT NULL, person_id VARCHAR NOT NULL, numanonym VARCHAR NOT NULL, extract_id VARCHAR NOT NULL, exported_at TIMESTAMP NOT NULL)");
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + OlinpeSource.SENT_TABLE + " WHERE year = ?")) {
          ps.setInt(1, year);
          ps.executeUpdate();
        }
        LocalDateTime now = LocalDateTime.now().withNano(0);
        try (DuckDBAppender app = ((DuckDBConnection) c).createAppender(DuckDBConnection.DEFAULT_SCHEMA, OlinpeSource.SENT_TABLE)) {
          for (Map.Entry<String, String> e : sent.entrySet()) {
            app.beginRow();
            app.append(year);
            app.append(e.getKey());
            app.append(e.getValue());
            app.append(extractId);
            app.append(now);
            app.endRow();
          }
        }
        try (Statement s = c.createStatement()) {
          s.execute("CHECKPOINT");
        }
      }
      Files.move(temp, db, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (SQLException | IOException e) {
      deleteQuietly(temp);
      throw new ParcoursException("Enregistrement des identifiants OLINPE envoyés impossible dans " + ws + " : " + e.getMessage()
          + ". Le workspace est intact ; le fichier OLINPE n'a pas été publié. Relancez la commande.", e);
    }
  }

  private static void removeStale(Path ws) throws IOException {
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(ws.getParent(), TEMP_PREFIX + ws.getFileName() + "-*")) {
      for (Path p : ds) deleteQuietly(p);
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
      Files.deleteIfExists(Path.of(p + ".wal"));
    } catch (IOException e) {
      // a leftover temporary file is removed by the next run
    }
  }
}
