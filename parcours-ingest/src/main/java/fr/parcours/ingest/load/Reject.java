package fr.parcours.ingest.load;

import fr.parcours.model.CanonicalTable;

/**
 * A source row that could not be loaded.
 *
 * @param line physical line in the file (header = 1)
 * @param column the source column at fault, or null for the whole row
 * @param detail French detail with the offending value
 * @param raw the row's cells joined with {@code ;}, so the rejects file can be fixed and re-read
 */
public record Reject(CanonicalTable table, String file, long line, String column, QualityCode code, String detail, String raw) {}
