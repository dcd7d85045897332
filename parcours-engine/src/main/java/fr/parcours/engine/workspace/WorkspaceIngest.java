package fr.parcours.engine.workspace;

import fr.parcours.exchange.audit.AuditLog;
import fr.parcours.ingest.load.ExtractInfo;
import fr.parcours.ingest.load.FileAccount;
import fr.parcours.ingest.load.IngestProgress;
import fr.parcours.ingest.load.IngestResult;
import fr.parcours.ingest.load.Ingestor;
import fr.parcours.ingest.load.QualityCode;
import fr.parcours.ingest.mapping.SourceMapping;
import fr.parcours.model.CanonicalTable;
import fr.parcours.model.ParcoursException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.duckdb.DuckDBConnection;

/**
 * Ingests one extract into a workspace, atomically: the current database is copied to a
 * temporary file beside the workspace, the extract is loaded into the copy (replacing the rows
 * of an extract of the same date, so a re-run gives the same workspace), and only a complete
 * copy is renamed over the original in one atomic move. A crash, a kill or Ctrl-C at any point
 * leaves the previous workspace exactly as it was; the orphan temporary file is removed by the
 * next run. See {@code docs/adr/0001-ingestion-atomique.md}.
 */
public final class WorkspaceIngest {
  private static final String TEMP_PREFIX = ".ingestion-";

  private WorkspaceIngest() {}

  /** What an ingestion did. */
  public record Outcome(String extractId, IngestResult result, Map<QualityCode, Long> crossRowFlags, Path database, Path rejectsFile) {}

  public static Outcome run(Path sourceDir, SourceMapping mapping, Path workspaceDir, java.time.LocalDate extractDate, IngestProgress progress) {
    Ingestor ingestor = new Ingestor(sourceDir, mapping, extractDate, progress);
    ExtractInfo extract = ingestor.readExtractInfo();
    String extractId = extract.extractDate().toString();
    Path ws = workspaceDir.toAbsolutePath().normalize();
    if (Files.exists(ws) && !Files.isDirectory(ws)) {
      throw new ParcoursException(ws + " existe et n'est pas un dossier : choisissez un autre --workspace.");
    }
    Path parent = ws.getParent();
    Path temp;
    try {
      Files.createDirectories(parent);
      removeStaleTemps(parent, ws.getFileName().toString());
      temp = parent.resolve(TEMP_PREFIX + ws.getFileName() + "-" + UUID.randomUUID() + ".duckdb");
      Path current = ws.resolve(Workspace.DATABASE);
      if (Files.isRegularFile(current)) Files.copy(current, temp);
    } catch (IOException e) {
      throw new ParcoursException("Préparation impossible du workspace " + ws + " : " + e.getMessage(), e);
    }
    IngestResult result;
    Map<QualityCode, Long> cross;
    try {
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + temp)) {
        WorkspaceSchema.create(c);
        deleteExtract(c, extractId);
        Path spool = Files.createDirectories(Path.of(temp + ".lignes"));
        DuckDbSink sink = new DuckDbSink((DuckDBConnection) c, extractId, spool);
        PhaseTimer timer = new PhaseTimer();
        try {
          result = ingestor.run(extract, sink);
          timer.lap("lecture et contrôle des lignes");
        } finally {
          sink.awaitLoads();
        }
        Files.deleteIfExists(spool);
        timer.lap("fin du chargement dans DuckDB");
        sink.flush();
        timer.lap("rejets et signalements");
        Map<String, String> files = new LinkedHashMap<>();
        for (FileAccount f : result.files()) files.put(f.table().tableName(), f.file());
        cross = CrossRowChecks.run(c, extractId, extract.extractDate(), files);
        timer.lap("contrôles inter-lignes");
        register(c, extractId, extract, result);
        try (Statement s = c.createStatement()) {
          s.execute("CHECKPOINT");
        }
        timer.lap("enregistrement");
      }
      Files.createDirectories(ws);
      Files.move(temp, ws.resolve(Workspace.DATABASE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (SQLException e) {
      deleteQuietly(temp);
      throw new ParcoursException("Erreur de la base du workspace pendant l'ingestion : " + e.getMessage()
          + ". Le workspace précédent est intact.", e);
    } catch (IOException e) {
      deleteQuietly(temp);
      throw new ParcoursException("Écriture impossible dans " + ws + " : " + e.getMessage() + ". Le workspace précédent est intact.", e);
    } catch (RuntimeException e) {
      deleteQuietly(temp);
      throw e;
    }
    Path rejects = RejectsExport.write(ws, extractId);
    // Counts and checksums only: the audit log never holds an identity.
    Map<String, Object> audit = new LinkedHashMap<>();
    audit.put("extrait", extractId);
    audit.put("correspondance", result.mappingName());
    audit.put("lignes_lues", result.totalRead());
    audit.put("lignes_chargees", result.totalLoaded());
    audit.put("lignes_rejetees", result.totalRejected());
    for (FileAccount f : result.files()) audit.put("sha256_" + f.file(), f.sha256());
    AuditLog.append(ws.resolve(Workspace.AUDIT_LOG), "extraction", audit);
    Map<QualityCode, Long> crossFlags = cross;
    return new Outcome(extractId, result, crossFlags, ws.resolve(Workspace.DATABASE), rejects);
  }

  private static void deleteExtract(Connection c, String extractId) throws SQLException {
    for (String table : tablesWithExtract()) {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE extract_id = ?")) {
        ps.setString(1, extractId);
        ps.executeUpdate();
      }
    }
  }

  private static Iterable<String> tablesWithExtract() {
    java.util.List<String> names = new java.util.ArrayList<>(java.util.List.of("extracts", "extract_files", "rejects", "quality_flags", "person_links"));
    for (CanonicalTable t : CanonicalTable.values()) names.add(t.tableName());
    return names;
  }

  private static void register(Connection c, String extractId, ExtractInfo extract, IngestResult r) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO extracts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, extractId);
      ps.setObject(2, extract.extractDate());
      ps.setString(3, extract.departement());
      ps.setString(4, extract.dateOrigin());
      ps.setString(5, r.mappingName());
      ps.setTimestamp(6, Timestamp.valueOf(LocalDateTime.now().withNano(0)));
      ps.setLong(7, r.totalRead());
      ps.setLong(8, r.totalLoaded());
      ps.setLong(9, r.totalRejected());
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO extract_files VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (FileAccount f : r.files()) {
        ps.setString(1, extractId);
        ps.setString(2, f.table().tableName());
        ps.setString(3, f.file());
        ps.setString(4, f.sha256());
        ps.setLong(5, f.bytes());
        ps.setLong(6, f.read());
        ps.setLong(7, f.loaded());
        ps.setLong(8, f.rejected());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void removeStaleTemps(Path parent, String name) throws IOException {
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(parent, TEMP_PREFIX + name + "-*")) {
      for (Path p : ds) if (Files.exists(p)) deleteQuietly(p);
    }
  }

  /** Deletes a temporary file or folder of an ingestion, with DuckDB's WAL and the row spool. */
  private static void deleteQuietly(Path p) {
    for (Path x : List.of(p, Path.of(p + ".wal"), Path.of(p + ".lignes"))) {
      if (!Files.exists(x)) continue;
      try (Stream<Path> walk = Files.walk(x)) {
        for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
