package fr.parcours.engine.workspace;

import fr.parcours.ingest.load.IngestSink;
import fr.parcours.ingest.load.QualityFlag;
import fr.parcours.ingest.load.Reject;
import fr.parcours.model.CanonicalTable;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes canonical rows into DuckDB with its appender (one connection and appender per table, so
 * the ingestion threads never share one). Rejects and flags are kept in memory, then appended.
 */
final class DuckDbSink implements IngestSink {
  private final DuckDBConnection connection;
  private final String extractId;
  final List<Reject> rejects = Collections.synchronizedList(new ArrayList<>());
  final List<QualityFlag> flags = Collections.synchronizedList(new ArrayList<>());

  DuckDbSink(DuckDBConnection connection, String extractId) {
    this.connection = connection;
    this.extractId = extractId;
  }

  @Override
  public RowWriter rows(CanonicalTable table) {
    try {
      DuckDBConnection own = (DuckDBConnection) connection.duplicate();
      DuckDBAppender appender = own.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table.tableName());
      return new RowWriter() {
        @Override
        public void write(Object[] values, long sourceLine) {
          try {
            appender.beginRow();
            for (Object v : values) {
              if (v == null) appender.appendNull();
              else if (v instanceof String s) appender.append(s);
              else if (v instanceof LocalDate d) appender.append(d);
              else if (v instanceof Boolean b) appender.append(b.booleanValue());
              else throw new IllegalArgumentException("type inattendu " + v.getClass());
            }
            appender.append(extractId);
            appender.append(sourceLine);
            appender.endRow();
          } catch (SQLException e) {
            throw new IllegalStateException("écriture DuckDB impossible (" + table.tableName() + ") : " + e.getMessage(), e);
          }
        }

        @Override
        public void close() {
          try {
            appender.close();
            own.close();
          } catch (SQLException e) {
            throw new IllegalStateException("écriture DuckDB impossible (" + table.tableName() + ") : " + e.getMessage(), e);
          }
        }
      };
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB : " + e.getMessage(), e);
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
    rs.sort(java.util.Comparator.comparing(Reject::file).thenComparingLong(Reject::line).thenComparing(r -> r.code().name()));
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
    fs.sort(java.util.Comparator.comparing(QualityFlag::file).thenComparingLong(QualityFlag::line).thenComparing(f -> f.code().name()));
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
