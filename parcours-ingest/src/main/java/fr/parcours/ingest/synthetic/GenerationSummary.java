package fr.parcours.ingest.synthetic;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a generation wrote.
 *
 * @param counts the true counts written to {@code comptes.csv} (key → value)
 * @param extractRows data rows per extract file name (header excluded)
 * @param bytes total bytes written (extract + truth)
 */
public record GenerationSummary(Path out, Path truth, long persons, Map<String, Long> counts,
    Map<String, Long> extractRows, long dirtEntries, long bytes, double seconds) {
  public GenerationSummary {
    counts = Collections.unmodifiableMap(new TreeMap<>(counts));
    extractRows = Collections.unmodifiableMap(new LinkedHashMap<>(extractRows));
  }
}
