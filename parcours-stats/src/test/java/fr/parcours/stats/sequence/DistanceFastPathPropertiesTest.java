package fr.parcours.stats.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Every fast path of {@link SequenceDistances} against the plain textbook programs of
 * {@link ReferenceDistances} (full matrix, no trimming, no compression, one thread), on random
 * sequences with spells (a sticky Markov chain, like real trajectories) and random costs.
 * Tolerance 1e-9 (the fast paths follow the same recurrence; only trimming may regroup sums),
 * exact equality for the integer LCS.
 */
class DistanceFastPathPropertiesTest {
  private static final double TOL = 1e-9;

  static int[] sequence(Random r, int k, int len, double stay) {
    int[] x = new int[len];
    x[0] = r.nextInt(k);
    for (int t = 1; t < len; t++) x[t] = r.nextDouble() < stay ? x[t - 1] : r.nextInt(k);
    return x;
  }

  /** A random symmetric cost matrix with zero diagonal and entries in [0, 2·indel]. */
  static double[][] costs(Random r, int k, double indel) {
    double[][] sm = new double[k][k];
    for (int a = 0; a < k; a++) for (int b = a + 1; b < k; b++) sm[a][b] = sm[b][a] = r.nextDouble() * 2 * indel;
    return sm;
  }

  @Property(tries = 400)
  void trimmedSingleBufferOmEqualsTextbook(@ForAll long seed, @ForAll @IntRange(min = 1, max = 7) int k,
      @ForAll @IntRange(min = 1, max = 90) int len) {
    Random r = new Random(seed);
    double indel = 0.1 + r.nextDouble() * 3;
    double[][] sm = costs(r, k, indel);
    int[] x = sequence(r, k, len, 0.8);
    int[] y = r.nextBoolean() ? sequence(r, k, len, 0.8) : mutate(r, x, k);
    OmKernel om = new OmKernel(new int[][] {x, y}, sm, indel, Normalization.NONE, len);
    assertThat(om.raw(x, y)).isCloseTo(ReferenceDistances.om(x, y, sm, indel), within(TOL));
    assertThat(om.distance(0, 1)).isCloseTo(ReferenceDistances.om(y, x, sm, indel), within(TOL));
  }

  @Property(tries = 400)
  void bitParallelLcsEqualsTextbookDp(@ForAll long seed, @ForAll @IntRange(min = 1, max = 8) int k,
      @ForAll @IntRange(min = 1, max = 200) int len, @ForAll @IntRange(min = 1, max = 3) int indel) {
    Random r = new Random(seed);
    int[] x = sequence(r, k, len, 0.6);
    int[] y = r.nextBoolean() ? sequence(r, k, len, 0.6) : mutate(r, x, k);
    double cval = 2 * indel + (r.nextBoolean() ? 0 : r.nextInt(3));
    LcsKernel lcs = new LcsKernel(new int[][] {x, y}, k, cval, indel, Normalization.NONE, len);
    double textbook = ReferenceDistances.om(x, y, SubstitutionCosts.constant(k, cval), indel);
    assertThat(lcs.distance(0, 1)).isEqualTo(textbook);
  }

  @Property(tries = 300)
  void omSpellKernelEqualsTextbook(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int k,
      @ForAll @IntRange(min = 1, max = 60) int len) {
    Random r = new Random(seed);
    double indel = 0.2 + r.nextDouble() * 2;
    double[][] sm = costs(r, k, indel);
    double tpow = r.nextBoolean() ? 1 : 0.5 + r.nextDouble();
    double expcost = r.nextDouble() * 2;
    int[][] seqs = {sequence(r, k, len, 0.7), sequence(r, k, len, 0.7)};
    int[][] st = new int[2][];
    double[][] du = new double[2][];
    OmSpellKernel.spells(seqs, tpow, st, du);
    OmSpellKernel kernel = new OmSpellKernel(st, du, new int[] {len, len}, sm, indel, expcost, Normalization.NONE);
    assertThat(kernel.distance(0, 1))
        .isCloseTo(ReferenceDistances.omSpell(seqs[0], seqs[1], sm, indel, tpow, expcost), within(TOL));
  }

  /**
   * The whole engine (distinct compression, parallel triangle with 3 threads, kernels, expansion,
   * normalisation) against the textbook pairwise matrix over original rows.
   */
  @Property(tries = 120)
  void parallelDistinctEngineEqualsTextbookMatrix(@ForAll long seed, @ForAll @IntRange(min = 2, max = 6) int k,
      @ForAll @IntRange(min = 1, max = 40) int len, @ForAll @IntRange(min = 1, max = 30) int n) {
    Random r = new Random(seed);
    List<int[]> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) rows.add(i > 0 && r.nextInt(4) == 0 ? rows.get(r.nextInt(i)) : sequence(r, k, len, 0.75));
    // Make sure every state occurs, so the alphabet is exactly k states.
    int[] all = new int[len];
    for (int t = 0; t < len; t++) all[t] = t % k;
    rows.add(all);
    double[] w = r.nextBoolean() ? null : r.doubles(rows.size(), 0.1, 3).toArray();
    SequenceData data = SequenceData.of(alphabet(k), rows.toArray(new int[0][]), w);
    DistanceMethod method = DistanceMethod.values()[r.nextInt(DistanceMethod.values().length)];
    DistanceOptions o = DistanceOptions.of(method);
    if (method != DistanceMethod.DHD && method != DistanceMethod.LCS && r.nextBoolean())
      o = o.withCosts(CostMethod.CONSTANT, r.nextBoolean() ? OptionalDouble.empty() : OptionalDouble.of(0.5 + r.nextInt(4)));
    if (r.nextBoolean()) o = o.withIndel(OptionalDouble.of(0.5 + r.nextInt(3) * 0.5));
    o = o.withNormalization(Normalization.values()[r.nextInt(Normalization.values().length)]);
    if (method == DistanceMethod.OMSPELL) o = o.withSpell(r.nextBoolean() ? 1 : 0.5, r.nextDouble());
    DistanceMatrix fast = SequenceDistances.compute(data, o, 3, null);
    double[][] slow = ReferenceDistances.matrix(data, o);
    for (int i = 0; i < data.size(); i++)
      for (int j = 0; j < data.size(); j++)
        assertThat(fast.get(i, j)).as("%s [%d,%d]", o, i, j).isCloseTo(slow[i][j], within(TOL));
  }

  static List<String> alphabet(int k) {
    List<String> a = new ArrayList<>();
    for (int s = 0; s < k; s++) a.add("s" + s);
    return a;
  }

  private static int[] mutate(Random r, int[] x, int k) {
    int[] y = x.clone();
    int edits = 1 + r.nextInt(3);
    for (int e = 0; e < edits; e++) y[r.nextInt(y.length)] = r.nextInt(k);
    return y;
  }
}
