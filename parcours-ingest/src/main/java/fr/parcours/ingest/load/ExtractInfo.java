package fr.parcours.ingest.load;

import java.time.LocalDate;

/**
 * What identifies an extract: its date (the day the data were taken from the software) and the
 * département that sent it.
 *
 * @param dateOrigin where the date comes from, in French (for the report)
 */
public record ExtractInfo(LocalDate extractDate, String departement, String dateOrigin) {}
