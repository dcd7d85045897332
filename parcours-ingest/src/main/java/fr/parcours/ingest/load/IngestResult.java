package fr.parcours.ingest.load;

import java.util.List;
import java.util.Map;

/** What an ingestion read: row accounting per file, rejects and flags by code, the extract. */
public record IngestResult(
    ExtractInfo extract, String mappingName, List<FileAccount> files, Map<QualityCode, Long> rejectsByCode, Map<QualityCode, Long> flagsByCode) {
  public IngestResult {
    files = List.copyOf(files);
    rejectsByCode = Map.copyOf(rejectsByCode);
    flagsByCode = Map.copyOf(flagsByCode);
  }

  public long totalRead() {
    return files.stream().mapToLong(FileAccount::read).sum();
  }

  public long totalLoaded() {
    return files.stream().mapToLong(FileAccount::loaded).sum();
  }

  public long totalRejected() {
    return files.stream().mapToLong(FileAccount::rejected).sum();
  }
}
