package fr.parcours.stats.sequence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Pairwise dissimilarities between state sequences, with the definitions of TraMineR 2.2-12's
 * {@code seqdist()} ({@code R/seqdist.R}, {@code src/*.cpp}), computed in parallel.
 *
 * <p>How: (1) sequences are compressed to distinct ones ({@link SequenceData#distinct()}), as
 * TraMineR does, and sorted in lexicographic order (neighbours share prefixes, whose columns the
 * OM block method reuses); (2) costs are built once ({@link SubstitutionCosts}, weighted transition rates
 * when the data are weighted, as {@code seqdist(weighted = TRUE)}); (3) the strict upper triangle
 * of distinct pairs is split by rows, and worker threads (all cores by default) take the next row
 * from a shared counter — dynamic scheduling, since row {@code a} holds {@code k − 1 − a} pairs;
 * every thread owns its DP buffers; (4) the result keeps the triangle over distinct sequences
 * and expands it on demand ({@link DistanceMatrix}).
 *
 * <p>Fast paths, each checked against {@link ReferenceDistances} (the plain DP) by property tests:
 * common prefix/suffix trimming for OM, LCS and the LCS reduction of constant-cost OM
 * (bit-parallel LLCS, 64 positions per word), run-length blocks for OM ({@link RunLengthOm}:
 * work grows with the number of spells, not of positions), single-buffer column DP otherwise.
 *
 * <p>Thread-safe: every call is independent.
 */
public final class SequenceDistances {
  private SequenceDistances() {}

  /** {@link #compute(SequenceData, DistanceOptions, int, LongConsumer)} on all cores, without progress. */
  public static DistanceMatrix compute(SequenceData data, DistanceOptions options) {
    return compute(data, options, Runtime.getRuntime().availableProcessors(), null);
  }

  /**
   * Computes the distance matrix {@code seqdist(s, method, sm, indel, norm, tpow, expcost)}.
   *
   * @param data sequences (equal lengths)
   * @param options method and settings; see {@link DistanceOptions} for the defaults
   * @param threads number of worker threads (≥ 1)
   * @param progress called from worker threads with the number of distinct pairs done so far
   *     (may be {@code null})
   */
  public static DistanceMatrix compute(SequenceData data, DistanceOptions options, int threads, LongConsumer progress) {
    if (threads < 1) throw new IllegalArgumentException("threads must be >= 1");
    DistinctSequences d = data.distinct();
    int[][] seqs = d.sequences().toArray(new int[0][]);
    // Lexicographic order: neighbours share prefixes, which the OM kernel reuses (see OmKernel#row).
    Integer[] order = new Integer[seqs.length];
    for (int i = 0; i < order.length; i++) order[i] = i;
    Arrays.sort(order, (i, j) -> Arrays.compare(seqs[i], seqs[j]));
    int[][] sorted = new int[seqs.length][];
    int[] rank = new int[seqs.length];
    for (int r = 0; r < order.length; r++) {
      sorted[r] = seqs[order[r]];
      rank[order[r]] = r;
    }
    int[] rowToSorted = d.rowToDistinct().clone();
    for (int i = 0; i < rowToSorted.length; i++) rowToSorted[i] = rank[rowToSorted[i]];
    PairKernel.Factory factory = kernelFactory(data, sorted, options);
    double[][] tri = triangle(sorted.length, factory, threads, progress);
    return new DistanceMatrix(rowToSorted, tri);
  }

  /** The per-thread kernel factory for these options (package-private for tests). */
  static PairKernel.Factory kernelFactory(SequenceData data, int[][] seqs, DistanceOptions o) {
    int k = data.alphabetSize();
    int len = data.length();
    Normalization norm = o.effectiveNormalization();
    double cval = o.effectiveCval();
    switch (o.method()) {
      case LCS: {
        return () -> new LcsKernel(seqs, k, 2, 1, norm, len);
      }
      case OM: {
        double[][] sm = costs(data, o.costs(), cval);
        double indel = indel(o, sm);
        if (o.costs() == CostMethod.CONSTANT && k > 1 && LcsKernel.applies(cval, indel))
          return () -> new LcsKernel(seqs, k, cval, indel, norm, len);
        int[][] runEnds = RunLengthOm.applies(sm, indel) ? OmKernel.runEnds(seqs) : null;
        return () -> new OmKernel(seqs, sm, indel, norm, len, runEnds);
      }
      case HAM: {
        double[][] sm = costs(data, o.costs(), cval);
        double[][][] byPos = new double[len][][];
        for (int t = 0; t < len; t++) byPos[t] = sm;
        return () -> new PositionwiseKernel(seqs, byPos, norm);
      }
      case DHD: {
        double[][][] byPos = SubstitutionCosts.trateTimeVarying(data, cval, Weighting.WEIGHTED);
        return () -> new PositionwiseKernel(seqs, byPos, norm);
      }
      case OMSPELL: {
        double[][] sm = costs(data, o.costs(), cval);
        double indel = indel(o, sm);
        int[][] states = new int[seqs.length][];
        double[][] durs = new double[seqs.length][];
        OmSpellKernel.spells(seqs, o.tpow(), states, durs);
        int[] lengths = new int[seqs.length];
        for (int i = 0; i < seqs.length; i++) lengths[i] = seqs[i].length;
        return () -> new OmSpellKernel(states, durs, lengths, sm, indel, o.expcost(), norm);
      }
      default:
        throw new IllegalStateException(o.method().toString());
    }
  }

  /** The substitution-cost matrix of the options ({@code seqcost}, weighted as {@code seqdist}). */
  public static double[][] substitutionCosts(SequenceData data, DistanceOptions o) {
    return costs(data, o.costs(), o.effectiveCval());
  }

  /** The indel actually used: the given value, or {@code max(sm)/2} for "auto". */
  public static double effectiveIndel(SequenceData data, DistanceOptions o) {
    if (o.method() == DistanceMethod.LCS) return 1;
    return indel(o, substitutionCosts(data, o));
  }

  private static double[][] costs(SequenceData data, CostMethod c, double cval) {
    return c == CostMethod.CONSTANT
        ? SubstitutionCosts.constant(data.alphabetSize(), cval)
        : SubstitutionCosts.trate(data, cval, Weighting.WEIGHTED);
  }

  private static double indel(DistanceOptions o, double[][] sm) {
    return o.indel().isPresent() ? o.indel().getAsDouble() : SubstitutionCosts.autoIndel(sm);
  }

  /** Fills the strict upper triangle over {@code k} distinct sequences, rows handed out dynamically. */
  static double[][] triangle(int k, PairKernel.Factory factory, int threads, LongConsumer progress) {
    double[][] tri = new double[k][];
    for (int a = 0; a < k; a++) tri[a] = new double[k - 1 - a];
    int workers = (int) Math.max(1, Math.min(threads, Math.max(1, (long) k * (k - 1) / 2 / 64)));
    AtomicInteger nextRow = new AtomicInteger();
    AtomicLong done = new AtomicLong();
    Runnable work = () -> {
      PairKernel kernel = factory.create();
      int a;
      while ((a = nextRow.getAndIncrement()) < k) {
        double[] r = tri[a];
        kernel.row(a, r);
        if (progress != null) progress.accept(done.addAndGet(r.length));
      }
    };
    if (workers == 1) {
      work.run();
      return tri;
    }
    ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "parcours-seqdist");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (int i = 0; i < workers; i++) fs.add(pool.submit(work));
      for (Future<?> f : fs) f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("distance computation interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) throw re;
      if (c instanceof Error er) throw er;
      throw new IllegalStateException(c);
    } finally {
      pool.shutdownNow();
    }
    return tri;
  }
}
