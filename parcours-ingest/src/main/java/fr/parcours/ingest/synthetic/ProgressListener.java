package fr.parcours.ingest.synthetic;

/** Receives progress while persons are generated (called from the writing thread, in order). */
@FunctionalInterface
public interface ProgressListener {
  void progress(long personsDone, long personsTotal, double personsPerSecond);

  ProgressListener NONE = (done, total, rate) -> {};
}
