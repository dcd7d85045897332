package fr.parcours.ingest.read;

/**
 * One data row of a source table.
 *
 * @param line physical line number in the file (the header is line 1), or row number in a sheet
 * @param cells the raw cell texts, in header order (may be shorter or longer than the header)
 */
public record SourceRow(long line, String[] cells) {}
