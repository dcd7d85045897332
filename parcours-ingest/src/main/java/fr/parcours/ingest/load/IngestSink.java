package fr.parcours.ingest.load;

import fr.parcours.model.CanonicalTable;

/**
 * Where the ingestion puts what it reads: the workspace implements it (module engine), tests may
 * collect into memory. {@link #rows} is called once per table and its writer used by one thread;
 * {@link #reject} and {@link #flag} may be called from several threads.
 */
public interface IngestSink {

  /** A writer of canonical rows: values follow {@link CanonicalTable#fields()}. */
  interface RowWriter extends AutoCloseable {
    void write(Object[] values, long sourceLine);

    @Override
    void close();
  }

  RowWriter rows(CanonicalTable table);

  void reject(Reject reject);

  void flag(QualityFlag flag);
}
