package fr.parcours.stats.sequence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * An immutable set of equal-length state sequences, integer-coded over an alphabet, with optional
 * case weights: the Parcours counterpart of TraMineR's {@code stslist} object built by
 * {@code seqdef(data, columns, weights = w, alphabet = a)}.
 *
 * <p>Conventions: the alphabet is a list of distinct state names; {@link #fromStates} builds it as
 * the <em>sorted</em> distinct values, in {@link String#compareTo} order (code-point order, which
 * in R is {@code sort(x, method = "radix")}). State {@code s} of the alphabet is coded {@code s}
 * ({@code 0 <= s < alphabetSize}). Missing states are not supported: every cell holds a state.
 * Weights, when given, are finite and non-negative (as {@code seqdef} requires since 2.2-10);
 * without weights every case weighs 1 and {@link #isWeighted()} is false.
 *
 * <p>Thread safety: immutable; arrays are copied in and out.
 */
public final class SequenceData {
  private final List<String> alphabet;
  private final int[][] codes;
  private final double[] weights;
  private final int length;

  private SequenceData(List<String> alphabet, int[][] codes, double[] weights) {
    this.alphabet = alphabet;
    this.codes = codes;
    this.weights = weights;
    this.length = codes.length == 0 ? 0 : codes[0].length;
  }

  /**
   * Builds sequences from integer codes.
   *
   * @param alphabet distinct state names; code {@code s} denotes {@code alphabet.get(s)}
   * @param codes one row per sequence, all rows of the same length (at least 1)
   * @param weights case weights (one per row, finite, {@code >= 0}) or {@code null} for none
   * @throws IllegalArgumentException on ragged rows, codes outside the alphabet, bad weights
   */
  public static SequenceData of(List<String> alphabet, int[][] codes, double[] weights) {
    Objects.requireNonNull(alphabet, "alphabet");
    Objects.requireNonNull(codes, "codes");
    List<String> alph = List.copyOf(alphabet);
    if (alph.isEmpty()) throw new IllegalArgumentException("empty alphabet");
    if (new TreeSet<>(alph).size() != alph.size()) throw new IllegalArgumentException("duplicate state names in alphabet");
    int[][] copy = new int[codes.length][];
    int len = codes.length == 0 ? 0 : codes[0].length;
    if (codes.length > 0 && len == 0) throw new IllegalArgumentException("sequences must have at least one position");
    for (int i = 0; i < codes.length; i++) {
      if (codes[i].length != len)
        throw new IllegalArgumentException("sequence " + i + " has length " + codes[i].length + ", expected " + len);
      copy[i] = codes[i].clone();
      for (int c : copy[i])
        if (c < 0 || c >= alph.size()) throw new IllegalArgumentException("state code " + c + " outside alphabet in sequence " + i);
    }
    double[] w = null;
    if (weights != null) {
      if (weights.length != codes.length)
        throw new IllegalArgumentException(weights.length + " weights for " + codes.length + " sequences");
      w = weights.clone();
      for (int i = 0; i < w.length; i++)
        if (!(w[i] >= 0) || Double.isInfinite(w[i])) throw new IllegalArgumentException("invalid weight " + w[i] + " for sequence " + i);
    }
    return new SequenceData(alph, copy, w);
  }

  /**
   * Builds sequences from state names; the alphabet is the sorted ({@link String#compareTo})
   * set of distinct names found.
   *
   * @param rows one array of state names per sequence, all of the same length
   * @param weights case weights or {@code null}
   */
  public static SequenceData fromStates(List<String[]> rows, double[] weights) {
    TreeSet<String> states = new TreeSet<>();
    for (String[] r : rows) for (String s : r) states.add(Objects.requireNonNull(s, "state"));
    List<String> alph = new ArrayList<>(states);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < alph.size(); i++) index.put(alph.get(i), i);
    int[][] codes = new int[rows.size()][];
    for (int i = 0; i < codes.length; i++) {
      String[] r = rows.get(i);
      codes[i] = new int[r.length];
      for (int t = 0; t < r.length; t++) codes[i][t] = index.get(r[t]);
    }
    return of(alph, codes, weights);
  }

  /** The alphabet (state names, in code order). */
  public List<String> alphabet() {
    return alphabet;
  }

  /** Number of states in the alphabet. */
  public int alphabetSize() {
    return alphabet.size();
  }

  /** Number of sequences (rows). */
  public int size() {
    return codes.length;
  }

  /** Common length of the sequences (number of positions). */
  public int length() {
    return length;
  }

  /** State code of sequence {@code row} at position {@code t} (0-based). */
  public int state(int row, int t) {
    return codes[row][t];
  }

  /** A copy of sequence {@code row}'s codes. */
  public int[] sequence(int row) {
    return codes[row].clone();
  }

  /** Whether case weights were given. */
  public boolean isWeighted() {
    return weights != null;
  }

  /** Weight of case {@code row} (1 when unweighted). */
  public double weight(int row) {
    return weights == null ? 1.0 : weights[row];
  }

  /**
   * The weights used by a statistic: the case weights when {@code weighting} is
   * {@link Weighting#WEIGHTED} and weights exist, otherwise all ones (TraMineR's
   * {@code weighted=TRUE/FALSE}).
   */
  double[] effectiveWeights(Weighting weighting) {
    double[] w = new double[codes.length];
    if (weighting == Weighting.WEIGHTED && weights != null) System.arraycopy(weights, 0, w, 0, w.length);
    else Arrays.fill(w, 1.0);
    return w;
  }

  /** Direct access for the package's algorithms (never modified). */
  int[][] rows() {
    return codes;
  }

  /**
   * Distinct-sequence compression, as {@code seqdist} does before computing distances
   * ({@code unique(seqdata.num)} then {@code match}): distinct rows in order of first
   * appearance, the mapping of every row to its distinct row, and multiplicities.
   */
  public DistinctSequences distinct() {
    Map<Key, Integer> seen = new HashMap<>();
    int[] map = new int[codes.length];
    List<int[]> uniq = new ArrayList<>();
    List<Integer> firstRow = new ArrayList<>();
    for (int i = 0; i < codes.length; i++) {
      Key k = new Key(codes[i]);
      Integer id = seen.get(k);
      if (id == null) {
        id = uniq.size();
        seen.put(k, id);
        uniq.add(codes[i]);
        firstRow.add(i);
      }
      map[i] = id;
    }
    int[] mult = new int[uniq.size()];
    for (int id : map) mult[id]++;
    int[] first = firstRow.stream().mapToInt(Integer::intValue).toArray();
    return new DistinctSequences(Collections.unmodifiableList(uniq), map, mult, first);
  }

  private static final class Key {
    private final int[] a;
    private final int hash;

    Key(int[] a) {
      this.a = a;
      this.hash = Arrays.hashCode(a);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Arrays.equals(a, k.a);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
