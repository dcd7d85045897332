package fr.parcours.engine.workspace;

import fr.parcours.model.CanonicalField;
import fr.parcours.model.CanonicalTable;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.StringJoiner;

/**
 * The workspace's tables (documented in {@code docs/workspace.md}). Canonical tables carry their
 * fields in model order, then {@code extract_id} and {@code source_line}, so that every row can
 * be traced back to its extract and its line in the source file.
 */
public final class WorkspaceSchema {
  /** Bumped when a table changes; stored in {@code workspace_info}. */
  public static final int VERSION = 1;

  private WorkspaceSchema() {}

  static void create(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS workspace_info (key VARCHAR PRIMARY KEY, value VARCHAR)");
      s.execute("INSERT OR REPLACE INTO workspace_info VALUES ('schema_version', '" + VERSION + "')");
      s.execute("""
          CREATE TABLE IF NOT EXISTS extracts (
            extract_id VARCHAR PRIMARY KEY, extract_date DATE, departement VARCHAR, date_origin VARCHAR,
            mapping_name VARCHAR, ingested_at TIMESTAMP, rows_read BIGINT, rows_loaded BIGINT, rows_rejected BIGINT)""");
      s.execute("""
          CREATE TABLE IF NOT EXISTS extract_files (
            extract_id VARCHAR, table_name VARCHAR, file_name VARCHAR, sha256 VARCHAR, bytes BIGINT,
            rows_read BIGINT, rows_loaded BIGINT, rows_rejected BIGINT)""");
      s.execute("""
          CREATE TABLE IF NOT EXISTS rejects (
            extract_id VARCHAR, table_name VARCHAR, file_name VARCHAR, line BIGINT, column_name VARCHAR,
            code VARCHAR, detail VARCHAR, raw VARCHAR)""");
      s.execute("""
          CREATE TABLE IF NOT EXISTS quality_flags (
            extract_id VARCHAR, table_name VARCHAR, row_id VARCHAR, file_name VARCHAR, line BIGINT,
            column_name VARCHAR, code VARCHAR, detail VARCHAR)""");
      s.execute("""
          CREATE TABLE IF NOT EXISTS person_links (extract_id VARCHAR, person_id VARCHAR, canonical_id VARCHAR)""");
      for (CanonicalTable t : CanonicalTable.values()) s.execute(createTable(t));
    }
  }

  static String createTable(CanonicalTable t) {
    StringJoiner cols = new StringJoiner(", ", "CREATE TABLE IF NOT EXISTS " + t.tableName() + " (", ")");
    for (CanonicalField f : t.fields()) cols.add(f.name() + " " + sqlType(f));
    cols.add("extract_id VARCHAR");
    cols.add("source_line BIGINT");
    return cols.toString();
  }

  static String sqlType(CanonicalField f) {
    return switch (f.type()) {
      case DATE -> "DATE";
      case BOOLEAN -> "BOOLEAN";
      case TEXT, CODE, CODES -> "VARCHAR";
    };
  }
}
