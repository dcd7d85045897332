package fr.parcours.engine.trajectory;

import fr.parcours.model.PersonRecords;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Moves persons from the workspace through a per-person pure function: a reader thread streams
 * {@link PersonRecords} in batches ({@link PersonRecordsScan}), the batches are mapped in parallel
 * on a fork-join pool, and the results are handed, batch by batch and in person order, to one
 * consumer on the calling thread (which writes or aggregates them). Reading overlaps computing.
 */
public final class TrajectoryPipeline {
  static final int BATCH = 2048;
  private static final List<PersonRecords> END = List.of();

  private TrajectoryPipeline() {}

  /** Progress of a run: persons done so far. */
  public interface Listener {
    Listener NONE = n -> {};

    void persons(long done);
  }

  /**
   * Runs {@code work} over every person of the extract; returns the number of persons.
   *
   * @param threads parallelism of the map (≥ 1)
   */
  public static <R> long run(Connection c, String extractId, int threads, Function<PersonRecords, R> work,
      Consumer<List<R>> sink, Listener listener) {
    BlockingQueue<List<PersonRecords>> queue = new ArrayBlockingQueue<>(4);
    RuntimeException[] failure = new RuntimeException[1];
    Thread reader = new Thread(() -> {
      try (PersonRecordsScan scan = new PersonRecordsScan(c, extractId)) {
        List<PersonRecords> batch;
        while (!(batch = scan.nextBatch(BATCH)).isEmpty()) queue.put(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        failure[0] = e;
      } finally {
        try {
          queue.put(END);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }, "parcours-trajectoires-lecture");
    reader.setDaemon(true);
    reader.start();
    ForkJoinPool pool = new ForkJoinPool(threads);
    long done = 0;
    try {
      while (true) {
        List<PersonRecords> batch = queue.take();
        if (batch == END) break;
        List<R> results = pool.submit(() -> batch.parallelStream().map(work).toList()).get();
        sink.accept(results);
        done += batch.size();
        listener.persons(done);
      }
      reader.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrompu", e);
    } catch (java.util.concurrent.ExecutionException e) {
      reader.interrupt();
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) throw re;
      throw new IllegalStateException(cause);
    } finally {
      reader.interrupt();
      pool.shutdownNow();
    }
    if (failure[0] != null) throw failure[0];
    return done;
  }

  /** Reads every person and does nothing with them: the reference of {@code parcours bench trajectories}. */
  public static long scanOnly(Connection c, String extractId) {
    long n = 0;
    try (PersonRecordsScan scan = new PersonRecordsScan(c, extractId)) {
      while (scan.hasNext()) {
        scan.next();
        n++;
      }
    }
    return n;
  }
}
