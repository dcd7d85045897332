package fr.parcours.engine.summary;

import java.time.LocalDate;
import java.util.List;

/**
 * The first figures of an extract, as the demo and the ingestion report show them.
 *
 * @param countsByLabel rows of (code, French label, count), in display order
 */
public record ExtractSummary(
    String extractId,
    LocalDate extractDate,
    String departement,
    long persons,
    long personsWithMeasure,
    long personsPlaced,
    long reports,
    List<Count> measuresByType,
    List<Count> placementsByPlace,
    List<Count> reportsByOutcome,
    List<Count> cjmByDecade,
    List<FileRow> files,
    List<Count> rejectsByCode,
    List<Count> flagsByCode) {

  /** A labelled count. */
  public record Count(String code, String label, long count) {}

  /** Row accounting of one source file. */
  public record FileRow(String file, long read, long loaded, long rejected) {}

  public long measures() {
    return measuresByType.stream().mapToLong(Count::count).sum();
  }

  public long rejected() {
    return files.stream().mapToLong(FileRow::rejected).sum();
  }
}
