package fr.parcours.engine.workspace;

import fr.parcours.model.ParcoursException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Changes a workspace's database atomically: the database is copied beside the workspace, the
 * work runs on the copy, which is checkpointed, closed and renamed over the original in one atomic
 * move. Until that rename nothing visible has changed, so a crash or a kill leaves the previous
 * workspace intact; the orphan copy is removed by the next run with the same prefix. This is the
 * pattern of {@code docs/adr/0001-ingestion-atomique.md}, shared by every step that writes tables
 * after ingestion (trajectories, OLINPE identifiers sent…).
 */
public final class DatabaseRewrite {
  private DatabaseRewrite() {}

  /** Work on the copy of the database. */
  @FunctionalInterface
  public interface Work<T> {
    T apply(Connection connection) throws SQLException, IOException;
  }

  /**
   * Runs {@code work} on a copy of the workspace's database and swaps it in.
   *
   * @param tempPrefix prefix of the temporary copy (e.g. {@code ".trajectoires-"}), one per kind of step
   * @param what the step, in French, for messages ("la construction des trajectoires")
   */
  public static <T> T run(Path workspaceDir, String tempPrefix, String what, Work<T> work) {
    Path ws = workspaceDir.toAbsolutePath().normalize();
    Path db = ws.resolve(Workspace.DATABASE);
    if (!Files.isRegularFile(db)) {
      throw new ParcoursException("Workspace introuvable : " + ws + " ne contient pas " + Workspace.DATABASE
          + ". Lancez d'abord : parcours ingest --source DOSSIER --workspace " + ws);
    }
    Path temp = ws.getParent().resolve(tempPrefix + ws.getFileName() + "-" + UUID.randomUUID() + ".duckdb");
    try {
      try (DirectoryStream<Path> stale = Files.newDirectoryStream(ws.getParent(), tempPrefix + ws.getFileName() + "-*")) {
        for (Path p : stale) deleteQuietly(p);
      }
      Files.copy(db, temp);
    } catch (IOException e) {
      throw new ParcoursException("Copie impossible du workspace " + ws + " pendant " + what + " : " + e.getMessage(), e);
    }
    try {
      T result;
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + temp)) {
        result = work.apply(c);
        try (Statement s = c.createStatement()) {
          s.execute("CHECKPOINT");
        }
      }
      Files.move(temp, db, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return result;
    } catch (SQLException e) {
      deleteQuietly(temp);
      throw new ParcoursException("Erreur de la base du workspace pendant " + what + " : " + e.getMessage()
          + ". Le workspace précédent est intact ; relancez la commande.", e);
    } catch (IOException e) {
      deleteQuietly(temp);
      throw new ParcoursException("Écriture impossible dans " + ws + " pendant " + what + " : " + e.getMessage()
          + ". Le workspace précédent est intact ; relancez la commande.", e);
    } catch (RuntimeException e) {
      deleteQuietly(temp);
      throw e;
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
