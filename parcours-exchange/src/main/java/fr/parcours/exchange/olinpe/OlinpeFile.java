package fr.parcours.exchange.olinpe;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * An OLINPE file as read, whichever software wrote it: its header ({@code INTRO}), its records
 * with their position (1-based index of the {@code DONNEE}) and line, and what could not be read.
 *
 * @param format "xml" or "csv"
 * @param intro the children of {@code INTRO} by name (empty for a CSV file)
 * @param problems reading errors (malformed XML…): the records before the error are kept
 */
public record OlinpeFile(Path file, String format, Map<String, String> intro, List<Entry> entries, List<Problem> problems) {
  public OlinpeFile {
    intro = Map.copyOf(intro);
    entries = List.copyOf(entries);
    problems = List.copyOf(problems);
  }

  /** One record and where it is. */
  public record Entry(int position, int line, OlinpeRecord record) {}

  /** A problem at a place of the file (line and column 1-based; 0 when unknown). */
  public record Problem(int line, int column, String message) {}

  /** The entry whose record is at {@code line} (the last one starting at or before it), or null. */
  public Entry entryAtLine(int line) {
    Entry found = null;
    for (Entry e : entries) {
      if (e.line() <= line) found = e;
      else break;
    }
    return found;
  }

  /** Reads an XML or CSV file (by its first non-blank character), tolerantly. */
  public static OlinpeFile read(Path file) {
    return OlinpeXml.looksLikeXml(file) ? OlinpeXml.read(file) : OlinpeCsv.read(file);
  }
}
