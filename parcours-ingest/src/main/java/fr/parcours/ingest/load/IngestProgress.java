package fr.parcours.ingest.load;

/** Receives progress while files are read (the CLI prints it; tests ignore it). */
public interface IngestProgress {
  IngestProgress NONE = (file, rows) -> {};

  /** Called every few thousand rows of a file with the number of rows read so far. */
  void rows(String file, long rows);
}
