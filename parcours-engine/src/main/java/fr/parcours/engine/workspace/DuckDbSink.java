package fr.parcours.engine.workspace;

import fr.parcours.ingest.load.IngestSink;
import fr.parcours.ingest.load.QualityFlag;
import fr.parcours.ingest.load.Reject;
import fr.parcours.model.CanonicalField;
import fr.parcours.model.CanonicalTable;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Loads canonical rows into DuckDB in two steps: the ingestion threads write each table's rows to
 * a plain tab-separated spool file, then {@link #load} bulk-inserts every spool with DuckDB's
 * parallel CSV reader, in a background thread as soon as a table is complete (so DuckDB loads the
 * persons while the measures are still being checked). Measured: DuckDB's JDBC appender pushes every 2,048-row chunk into the
 * table separately, which made loading four times slower than this (see docs/benchmarks.md).
 * Rejects and flags are kept in memory, then appended in file and line order.
 */
final class DuckDbSink implements IngestSink {
  private final DuckDBConnection connection;
  private final String extractId;
  private final Path spoolDir;
  final List<Reject> rejects = Collections.synchronizedList(new ArrayList<>());
  final List<QualityFlag> flags = Collections.synchronizedList(new ArrayList<>());
  private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "chargement-duckdb");
    t.setDaemon(true);
    return t;
  });
  private final List<Future<?>> loads = Collections.synchronizedList(new ArrayList<>());

  DuckDbSink(DuckDBConnection connection, String extractId, Path spoolDir) {
    this.connection = connection;
    this.extractId = extractId;
    this.spoolDir = spoolDir;
  }

  @Override
  public RowWriter rows(CanonicalTable table) {
    Path spool = spoolDir.resolve(table.tableName() + ".tsv");
    try {
      BufferedWriter out = Files.newBufferedWriter(spool, StandardCharsets.UTF_8);
      String suffix = "\t" + extractId + "\t";
      StringBuilder line = new StringBuilder(256);
      return new RowWriter() {
        @Override
        public void write(Object[] values, long sourceLine) {
          line.setLength(0);
          for (int i = 0; i < values.length; i++) {
            if (i > 0) line.append('\t');
            Object v = values[i];
            if (v instanceof String s) quote(line, s);
            else if (v instanceof LocalDate d) isoDate(line, d);
            else if (v instanceof Boolean) line.append(v);
            else if (v != null) throw new IllegalArgumentException("type inattendu " + v.getClass());
          }
          line.append(suffix).append(sourceLine).append('\n');
          try {
            out.append(line);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }

        @Override
        public void close() {
          try {
            out.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          loads.add(loader.submit(() -> {
            try (Connection own = connection.duplicate()) {
              loadTable(own, table, spool);
              Files.delete(spool);
            }
            return null;
          }));
        }
      };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** yyyy-MM-dd without going through LocalDate.toString's StringBuilder (millions of dates). */
  private static void isoDate(StringBuilder sb, LocalDate d) {
    int y = d.getYear();
    if (y < 1000 || y > 9999) {
      sb.append(d);
      return;
    }
    int m = d.getMonthValue();
    int day = d.getDayOfMonth();
    sb.append((char) ('0' + y / 1000)).append((char) ('0' + y / 100 % 10)).append((char) ('0' + y / 10 % 10)).append((char) ('0' + y % 10))
        .append('-').append((char) ('0' + m / 10)).append((char) ('0' + m % 10))
        .append('-').append((char) ('0' + day / 10)).append((char) ('0' + day % 10));
  }

  /** Quotes only values holding a tab, a quote or a line break: an empty unquoted field means NULL. */
  private static void quote(StringBuilder sb, String s) {
    boolean plain = true;
    for (int i = 0; i < s.length() && plain; i++) {
      char c = s.charAt(i);
      plain = c != '\t' && c != '"' && c != '\n' && c != '\r';
    }
    if (plain && !s.isEmpty()) {
      sb.append(s);
    } else {
      sb.append('"').append(s.replace("\"", "\"\"")).append('"');
    }
  }

  /** Waits until every table's spool is loaded; rethrows the first failure. */
  void awaitLoads() throws SQLException {
    try {
      for (Future<?> f : List.copyOf(loads)) f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("chargement interrompu", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof SQLException se) throw se;
      throw new SQLException(e.getCause().getMessage(), e.getCause());
    } finally {
      loader.shutdownNow();
    }
  }

  /** Bulk-inserts one spool into its table; the rows keep their file order. */
  private static void loadTable(Connection c, CanonicalTable t, Path spool) throws SQLException {
    StringJoiner cols = new StringJoiner(", ", "{", "}");
    for (CanonicalField f : t.fields()) cols.add("'" + f.name() + "': '" + WorkspaceSchema.sqlType(f) + "'");
    cols.add("'extract_id': 'VARCHAR'");
    cols.add("'source_line': 'BIGINT'");
    try (Statement st = c.createStatement()) {
      st.execute("INSERT INTO " + t.tableName() + " SELECT * FROM read_csv('" + spool.toString().replace("'", "''")
          + "', delim = '\\t', header = false, quote = '\"', escape = '\"', nullstr = '', auto_detect = false, columns = " + cols + ")");
    }
  }

  @Override
  public void reject(Reject reject) {
    rejects.add(reject);
  }

  @Override
  public void flag(QualityFlag flag) {
    flags.add(flag);
  }

  /** Appends the collected rejects and flags, in file and line order so re-runs give the same tables. */
  void flush() throws SQLException {
    List<Reject> rs = new ArrayList<>(rejects);
    rs.sort(Comparator.comparing(Reject::file).thenComparingLong(Reject::line).thenComparing(r -> r.code().name()));
    try (DuckDBAppender a = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "rejects")) {
      for (Reject r : rs) {
        a.beginRow();
        a.append(extractId);
        a.append(r.table().tableName());
        a.append(r.file());
        a.append(r.line());
        appendNullable(a, r.column());
        a.append(r.code().name());
        a.append(r.detail());
        a.append(r.raw());
        a.endRow();
      }
    }
    List<QualityFlag> fs = new ArrayList<>(flags);
    fs.sort(Comparator.comparing(QualityFlag::file).thenComparingLong(QualityFlag::line).thenComparing(f -> f.code().name()));
    try (DuckDBAppender a = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "quality_flags")) {
      for (QualityFlag f : fs) {
        a.beginRow();
        a.append(extractId);
        a.append(f.table().tableName());
        appendNullable(a, f.rowId());
        a.append(f.file());
        a.append(f.line());
        appendNullable(a, f.column());
        a.append(f.code().name());
        a.append(f.detail());
        a.endRow();
      }
    }
  }

  private static void appendNullable(DuckDBAppender a, String s) throws SQLException {
    if (s == null) a.appendNull();
    else a.append(s);
  }
}
