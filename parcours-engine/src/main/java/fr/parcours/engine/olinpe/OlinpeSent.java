package fr.parcours.engine.olinpe;

import fr.parcours.engine.workspace.DatabaseRewrite;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Map;
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
    DatabaseRewrite.run(workspace, TEMP_PREFIX, "l'enregistrement des identifiants OLINPE envoyés (le fichier OLINPE n'est pas publié)", c -> {
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
      return null;
    });
  }
}
