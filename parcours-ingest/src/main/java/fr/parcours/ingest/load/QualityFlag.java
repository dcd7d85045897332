package fr.parcours.ingest.load;

import fr.parcours.model.CanonicalTable;

/** A loaded row with a problem worth knowing (the row is kept). */
public record QualityFlag(CanonicalTable table, String rowId, String file, long line, String column, QualityCode code, String detail) {}
