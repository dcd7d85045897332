package fr.parcours.app.stats;

import fr.parcours.stats.sequence.DistanceMatrix;
import fr.parcours.stats.sequence.DistanceMethod;
import fr.parcours.stats.sequence.DistanceOptions;
import fr.parcours.stats.sequence.ReferenceDistances;
import fr.parcours.stats.sequence.SequenceData;
import fr.parcours.stats.sequence.SequenceDistances;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parcours bench seqdist --n N}: OM/TRATE distances (indel auto) on N distinct
 * Markov-simulated sequences of length 72 over 6 states (seeded), with the reference measured in
 * the same run: TraMineR's cell recurrence as a plain single-threaded DP
 * ({@link ReferenceDistances#om}, full matrix, no trimming) over a fixed, evenly spread sample of
 * the same pairs, its time scaled to all pairs. Also prints an estimate against TraMineR 2.2-12's
 * published figure for this machine kind (an external number, not measured here).
 */
@Command(name = "seqdist", mixinStandardHelpOptions = true,
    description = "Mesure le calcul des distances OM/TRATE sur N séquences distinctes simulées (longueur 72, 6 états).")
public final class BenchSeqdistCommand implements Runnable {
  static final int LENGTH = 72;
  static final int STATES = 6;
  /** TraMineR 2.2-12 (R 4.2), this machine kind: 22 s (median of 3), 3,000 sequences, 2,454 distinct (issue 5). */
  static final double TRAMINER_SECONDS = 22.0;
  static final long TRAMINER_DISTINCT = 2454;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--n", defaultValue = "3000", description = "Nombre de séquences distinctes (défaut : ${DEFAULT-VALUE}).")
  int n;

  @Option(names = "--seed", defaultValue = "20240601", description = "Graine du générateur (défaut : ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--sample", defaultValue = "50000", description = "Paires mesurées avec la DP de référence (défaut : ${DEFAULT-VALUE}).")
  int sample;

  @Option(names = "--threads", description = "Nombre de fils (défaut : tous les cœurs).")
  Integer threads;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    if (n < 2) throw new fr.parcours.model.ParcoursException("--n doit valoir au moins 2.");
    int th = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    SequenceData data = generate(n, seed);
    DistanceOptions om = DistanceOptions.of(DistanceMethod.OM);
    // Warm-up (JIT) on a small subset, not timed.
    SequenceDistances.compute(generate(Math.min(n, 300), seed + 1), om, th, null);
    long cpu0 = processCpuNanos();
    long t0 = System.nanoTime();
    DistanceMatrix d = SequenceDistances.compute(data, om, th, null);
    double fast = (System.nanoTime() - t0) / 1e9;
    long cpu1 = processCpuNanos();
    long pairs = (long) n * (n - 1) / 2;

    double[][] sm = SequenceDistances.substitutionCosts(data, om);
    double indel = SequenceDistances.effectiveIndel(data, om);
    int[][] seqs = new int[n][];
    for (int i = 0; i < n; i++) seqs[i] = data.sequence(i);
    long m = Math.min(pairs, Math.max(1, sample));
    long step = pairs / m;
    for (long q = 0; q < Math.min(m, 2000); q++) { // warm-up of the textbook DP
      long p = q * step;
      int[] ij = pair(p, n);
      ReferenceDistances.om(seqs[ij[0]], seqs[ij[1]], sm, indel);
    }
    double maxDiff = 0;
    long t1 = System.nanoTime();
    double[] ref = new double[(int) m];
    for (long q = 0; q < m; q++) {
      int[] ij = pair(q * step, n);
      ref[(int) q] = ReferenceDistances.om(seqs[ij[0]], seqs[ij[1]], sm, indel);
    }
    double textbookSample = (System.nanoTime() - t1) / 1e9;
    for (long q = 0; q < m; q++) {
      int[] ij = pair(q * step, n);
      maxDiff = Math.max(maxDiff, Math.abs(ref[(int) q] - d.get(ij[0], ij[1])));
    }
    double textbook = textbookSample * pairs / m;
    double ratio = textbook / fast;
    long tramPairs = TRAMINER_DISTINCT * (TRAMINER_DISTINCT - 1) / 2;
    double tramEstimate = TRAMINER_SECONDS * pairs / tramPairs;

    out.printf(Locale.ROOT, "seqdist OM/TRATE (indel auto) : %d séquences distinctes, longueur %d, %d états, %d fil(s), JDK %s%n",
        n, LENGTH, STATES, th, System.getProperty("java.version"));
    out.printf(Locale.ROOT, "parcours : %.3f s ; %.0f séquences/s ; %.0f paires/s (%d paires)%n", fast, n / fast, pairs / fast, pairs);
    if (cpu0 >= 0 && cpu1 >= 0)
      out.printf(Locale.ROOT, "temps CPU du processus pendant ce calcul : %.3f s, soit %.0f ns par paire "
          + "(moins sensible que le temps écoulé à la charge de la machine)%n", (cpu1 - cpu0) / 1e9, (cpu1 - cpu0) / (double) pairs);
    out.printf(Locale.ROOT, "DP de référence (1 fil, matrice complète, sans astuce) : %d paires en %.3f s, soit %.3f s estimées pour %d paires%n",
        m, textbookSample, textbook, pairs);
    out.printf(Locale.ROOT, "écart maximal parcours / DP de référence sur l'échantillon : %.3g%n", maxDiff);
    out.printf(Locale.ROOT, "estimation vs TraMineR 2.2-12 (chiffre externe, non mesuré ici : 22 s pour %d paires distinctes, "
        + "ramené à %d paires = %.2f s) : ratio estimé %.2f (temps écoulé, faussé si la machine est chargée)%n",
        tramPairs, pairs, tramEstimate, tramEstimate / fast);
    if (cpu0 >= 0 && cpu1 >= 0) {
      // Elapsed time on a shared machine measures the load; CPU time per pair measures the code.
      double cpuWall = (cpu1 - cpu0) / 1e9 / th;
      out.printf(Locale.ROOT, "estimation vs TraMineR à partir du temps CPU (%.0f ns/paire × %d paires / %d cœurs = %.2f s "
          + "si les %d cœurs étaient libres) : ratio estimé %.2f%n",
          (cpu1 - cpu0) / (double) pairs, pairs, th, cpuWall, th, tramEstimate / cpuWall);
    }
    out.printf(Locale.ROOT, "ratio_seqdist_vs_textbook=%.2f%n", ratio);
    out.flush();
  }

  /** CPU time of the whole process in nanoseconds, or −1 when the JVM does not report it. */
  static long processCpuNanos() {
    java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
  }

  /** The p-th pair (0-based) of the strict upper triangle in row order. */
  static int[] pair(long p, int n) {
    int i = 0;
    long rowLen = n - 1;
    while (p >= rowLen) {
      p -= rowLen;
      i++;
      rowLen--;
    }
    return new int[] {i, (int) (i + 1 + p)};
  }

  /**
   * N distinct sequences from a seeded 6-state Markov chain shaped like mvad's monthly
   * trajectories: a sticky diagonal (0.90–0.97) and the rest spread over the other states.
   */
  static SequenceData generate(int count, long seed) {
    Random r = new Random(seed);
    double[][] p = new double[STATES][STATES];
    for (int a = 0; a < STATES; a++) {
      double stay = 0.90 + 0.07 * r.nextDouble();
      double[] off = new double[STATES];
      double sum = 0;
      for (int b = 0; b < STATES; b++) if (b != a) sum += off[b] = 0.2 + r.nextDouble();
      for (int b = 0; b < STATES; b++) p[a][b] = b == a ? stay : (1 - stay) * off[b] / sum;
    }
    double[] start = {0.35, 0.25, 0.15, 0.1, 0.1, 0.05};
    Set<List<Integer>> seen = new HashSet<>();
    int[][] rows = new int[count][];
    int made = 0;
    while (made < count) {
      int[] x = new int[LENGTH];
      x[0] = draw(r, start);
      for (int t = 1; t < LENGTH; t++) x[t] = draw(r, p[x[t - 1]]);
      List<Integer> key = new ArrayList<>(LENGTH);
      for (int v : x) key.add(v);
      if (seen.add(key)) rows[made++] = x;
    }
    List<String> alphabet = Arrays.asList("EM", "FE", "HE", "JL", "SC", "TR");
    return SequenceData.of(alphabet, rows, null);
  }

  private static int draw(Random r, double[] p) {
    double u = r.nextDouble();
    double c = 0;
    for (int i = 0; i < p.length; i++) {
      c += p[i];
      if (u < c) return i;
    }
    return p.length - 1;
  }
}
