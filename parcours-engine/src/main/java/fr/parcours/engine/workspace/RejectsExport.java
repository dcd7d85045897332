package fr.parcours.engine.workspace;

import fr.parcours.ingest.load.QualityCode;
import fr.parcours.model.ParcoursException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Writes an extract's rejects as {@code rejets-<date>.csv} in the workspace: {@code ;}-separated
 * UTF-8 with a byte-order mark so that Excel opens it with its accents. The file is derived from
 * the database and rewritten whole (temporary file, then rename).
 */
final class RejectsExport {
  private RejectsExport() {}

  static Path write(Path ws, String extractId) {
    Path target = ws.resolve("rejets-" + extractId + ".csv");
    Path tmp = ws.resolve(".rejets-" + extractId + ".csv.tmp");
    try (Workspace w = Workspace.open(ws);
        PreparedStatement ps = w.connection().prepareStatement(
            "SELECT file_name, line, column_name, code, detail, raw FROM rejects WHERE extract_id = ? ORDER BY file_name, line, code")) {
      ps.setString(1, extractId);
      try (ResultSet rs = ps.executeQuery(); BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        out.write('\ufeff');
        out.write("fichier;ligne;colonne;code;motif;detail;que_faire;contenu\r\n");
        while (rs.next()) {
          QualityCode code = QualityCode.valueOf(rs.getString(4));
          out.write(String.join(";",
              csv(rs.getString(1)), Long.toString(rs.getLong(2)), csv(rs.getString(3)), code.name(), csv(code.label()),
              csv(rs.getString(5)), csv(code.action()), csv(rs.getString(6))));
          out.write("\r\n");
        }
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (SQLException | IOException e) {
      throw new ParcoursException("Écriture impossible du fichier des rejets " + target + " : " + e.getMessage(), e);
    }
  }

  static String csv(String s) {
    if (s == null) return "";
    if (s.indexOf(';') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
