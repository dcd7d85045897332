package fr.parcours.stats.sequence;

/**
 * Optimal matching with one indel cost: the cell recurrence of TraMineR's
 * {@code OMdistance::distance} ({@code src/OMdistance.cpp}), after skipping the common prefix and
 * the common suffix (as TraMineR does), evaluated either by run-length blocks
 * ({@link RunLengthOm}, when the costs allow it and the trimmed sequences have few enough runs
 * for it to pay, see {@link RunLengthOm#worthIt}) or cell by cell, column by column in a single
 * buffer. {@link #row} reuses, from one pair to the next, the block method's columns within the
 * common prefix of consecutive column sequences (the engine sorts them).
 *
 * <p>Recurrence, for {@code i, j >= 1}: {@code m = min(F[i][j−1], F[i−1][j]) + indel};
 * {@code s = F[i−1][j−1] + (x_i == y_j ? 0 : sm[x_i][y_j])}; {@code F[i][j] = s < m ? s : m};
 * borders {@code F[i][0] = i·indel}, {@code F[0][j] = j·indel}. The cell path performs the same
 * operations as TraMineR, in the same order, so its values are bit-identical; the block path
 * regroups additions (a few ulps, see {@link RunLengthOm}). Skipping a common prefix or
 * suffix does not change the distance when costs are non-negative (an optimal alignment can
 * always match equal end states at cost 0).
 */
final class OmKernel implements PairKernel {
  private final int[][] seqs;
  private final double[] sm;
  private final int k;
  private final double indel;
  private final double maxscost;
  private final Normalization norm;
  private final double[] col;
  private final double[] profile; // profile[s * stride + i] = cost of x_i against state s (0 if equal)
  private final int stride;
  private int profiled = -1;
  private final int[][] runEnds; // run ends of every sequence, or null without the block method
  private final RunLengthOm blocks;
  private final int[] lcp; // lcp[b] = common prefix length of seqs[b − 1] and seqs[b] (block method only)
  // How a single trimmed pair is computed (see trimmed): whichever is cheaper, by blocks, by cells.
  private static final int CHEAPER = 0;
  private static final int BLOCKS = 1;
  private static final int CELLS = 2;

  /** Kernel with the block method when {@link RunLengthOm#applies} (run ends computed here). */
  OmKernel(int[][] seqs, double[][] sm, double indel, Normalization norm, int maxLen) {
    this(seqs, sm, indel, norm, maxLen, RunLengthOm.applies(sm, indel) ? runEnds(seqs) : null);
  }

  /**
   * @param runEnds {@link RunLengthOm#runEnds} of every sequence (shared, read-only), or
   *     {@code null} for the cell DP only; must be {@code null} unless {@link RunLengthOm#applies}
   */
  OmKernel(int[][] seqs, double[][] sm, double indel, Normalization norm, int maxLen, int[][] runEnds) {
    this.seqs = seqs;
    this.runEnds = runEnds;
    this.k = sm.length;
    this.sm = SubstitutionCosts.flatten(sm);
    this.indel = indel;
    this.norm = norm;
    this.maxscost = SubstitutionCosts.maxSubstitutionCost(sm, indel, norm);
    this.col = new double[maxLen + 1];
    this.stride = maxLen;
    this.profile = new double[k * maxLen];
    this.blocks = runEnds == null ? null : new RunLengthOm(this.sm, k, indel, maxLen);
    this.lcp = runEnds == null ? null : adjacentPrefixes(seqs);
  }

  /** {@code lcp[b]}: length of the common prefix of {@code seqs[b − 1]} and {@code seqs[b]} ({@code lcp[0] = 0}). */
  static int[] adjacentPrefixes(int[][] seqs) {
    int[] lcp = new int[seqs.length];
    for (int b = 1; b < seqs.length; b++) {
      int[] u = seqs[b - 1];
      int[] v = seqs[b];
      int l = 0;
      while (l < u.length && l < v.length && u[l] == v[l]) l++;
      lcp[b] = l;
    }
    return lcp;
  }

  /** {@link RunLengthOm#runEnds} of every sequence. */
  static int[][] runEnds(int[][] seqs) {
    int[][] ends = new int[seqs.length][];
    for (int i = 0; i < seqs.length; i++) ends[i] = RunLengthOm.runEnds(seqs[i]);
    return ends;
  }

  /** Builds the cost profile of sequence {@code a} (reused while the engine walks row {@code a}). */
  private void profile(int a) {
    int[] x = seqs[a];
    for (int s = 0; s < k; s++) {
      int base = s * stride;
      for (int i = 0; i < x.length; i++) profile[base + i] = x[i] == s ? 0.0 : sm[x[i] * k + s];
    }
    profiled = a;
  }

  @Override
  public double distance(int a, int b) {
    int[] x = seqs[a];
    int[] y = seqs[b];
    double raw = blocks == null ? trimmed(a, x, y, null, null, CELLS) : trimmed(a, x, y, runEnds[a], runEnds[b], CHEAPER);
    return normalise(raw, x.length, y.length);
  }

  /**
   * Row {@code a} against {@code a + 1, a + 2, …}: with the block method, the columns of
   * {@code seqs[b]} shared with {@code seqs[b − 1]} are reused ({@link RunLengthOm}, "columns kept
   * for the next pair"), which pays when the sequences are sorted (the engine sorts them).
   */
  @Override
  public void row(int a, double[] out) {
    if (blocks == null) {
      PairKernel.super.row(a, out);
      return;
    }
    int[] x = seqs[a];
    int m = x.length;
    int p = blocks.setRows(x, runEnds[a], 0, m);
    int reusable = 0; // common prefix of seqs[b] and the last sequence given to the block method
    for (int i = 0; i < out.length; i++) {
      int b = a + 1 + i;
      int[] y = seqs[b];
      int n = y.length;
      reusable = Math.min(reusable, lcp[b]);
      double raw;
      if (RunLengthOm.worthIt(m, n, p, runEnds[b].length)) {
        raw = blocks.rawToEnd(y, runEnds[b], reusable);
        reusable = Integer.MAX_VALUE;
      } else {
        raw = trimmed(a, x, y, null, null, CELLS);
      }
      out[i] = normalise(raw, m, n);
    }
  }

  private double normalise(double raw, int m, int n) {
    double maxpossiblecost = Math.abs(n - m) * indel + maxscost * Math.min(m, n);
    return norm.apply(raw, maxpossiblecost, m * indel, n * indel);
  }

  /** Raw OM distance with prefix/suffix trimming (blocks when applicable and worth it). */
  double raw(int[] x, int[] y) {
    profiled = -1;
    if (blocks == null) return trimmed(-1, x, y, null, null, CELLS);
    return trimmed(-1, x, y, RunLengthOm.runEnds(x), RunLengthOm.runEnds(y), CHEAPER);
  }

  /**
   * Raw OM distance with prefix/suffix trimming, for tests: {@code mode} 0 by blocks or by cells,
   * whichever {@link RunLengthOm#worthIt} prefers; 1 by blocks; 2 by cells. Modes 0 and 1 require
   * the block method to apply.
   */
  double raw(int[] x, int[] y, int[] xEnds, int[] yEnds, int mode) {
    profiled = -1;
    return trimmed(-1, x, y, xEnds, yEnds, mode);
  }

  /**
   * OM distance on the grid trimmed of the common prefix and suffix (computed once), by blocks or
   * by cells as {@code mode} says ({@link #CHEAPER}: as {@link RunLengthOm#worthIt} prefers). The
   * cell DP uses the cost profile of sequence {@code a} when {@code a ≥ 0}.
   */
  private double trimmed(int a, int[] x, int[] y, int[] xEnds, int[] yEnds, int mode) {
    long ends = CommonEnds.of(x, y);
    int p = CommonEnds.prefix(ends);
    int rows = x.length - CommonEnds.suffix(ends) - p;
    int cols = y.length - CommonEnds.suffix(ends) - p;
    if (rows == 0 || cols == 0) return (rows + cols) * indel;
    if (mode == BLOCKS || (mode == CHEAPER
        && RunLengthOm.worthIt(rows, cols, RunLengthOm.runsIn(xEnds, p, p + rows), RunLengthOm.runsIn(yEnds, p, p + cols)))) {
      blocks.setRows(x, xEnds, p, p + rows);
      return blocks.raw(y, yEnds, p, p + cols, 0, rows);
    }
    if (a < 0) return cells(x, y, p, rows, cols, false);
    if (a != profiled) profile(a);
    return cells(x, y, p, rows, cols, true);
  }

  /** TraMineR's cell recurrence on the trimmed part ({@code rows} × {@code cols} from offset {@code p}). */
  private double cells(int[] x, int[] y, int p, int rows, int cols, boolean useProfile) {
    final double[] f = col;
    final double ind = indel;
    for (int i = 0; i <= rows; i++) f[i] = i * ind;
    final double[] prof = profile;
    for (int j = 1; j <= cols; j++) {
      double diag = f[0];
      f[0] = j * ind;
      int yj = y[p + j - 1];
      double left = f[0];
      if (useProfile) {
        // sub = diag + (x_i == y_j ? 0 : sm[x_i][y_j]); adding 0.0 leaves diag unchanged, so this
        // is the same value as TraMineR's branch.
        int base = yj * stride + p - 1;
        for (int i = 1; i <= rows; i++) {
          double up = f[i];
          double minimum = (left < up ? left : up) + ind;
          double sub = diag + prof[base + i];
          diag = up;
          double v = sub < minimum ? sub : minimum;
          f[i] = v;
          left = v;
        }
      } else {
        for (int i = 1; i <= rows; i++) {
          double up = f[i];
          double minimum = up;
          if (left < minimum) minimum = left;
          minimum += ind;
          int xi = x[p + i - 1];
          double sub = xi == yj ? diag : diag + sm[xi * k + yj];
          diag = up;
          double v = sub < minimum ? sub : minimum;
          f[i] = v;
          left = v;
        }
      }
    }
    return f[rows];
  }
}
