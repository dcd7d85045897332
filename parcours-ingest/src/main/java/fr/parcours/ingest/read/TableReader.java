package fr.parcours.ingest.read;

import java.util.List;

/** Reads one source table row by row, whatever its format (CSV or XLSX). */
public interface TableReader extends AutoCloseable {

  /** The column headers, as written in the file. */
  List<String> header();

  /** The next data row, or null at the end. */
  SourceRow next();

  /** Hex SHA-256 of the file's bytes. */
  String sha256();

  /** Size of the file in bytes. */
  long bytes();

  /** The charset the file is decoded with ("xlsx" for a workbook). */
  String charsetName();

  /** The file's description for messages (file name, and sheet for a workbook). */
  String describe();

  @Override
  void close();
}
