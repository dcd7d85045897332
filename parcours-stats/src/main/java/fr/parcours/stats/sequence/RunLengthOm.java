package fr.parcours.stats.sequence;

/**
 * The OM recurrence of {@link OmKernel} evaluated block by block over runs of equal states
 * ("run-length blocks", {@code notes/sequence-distances.md} §4; the idea of Arbell, Landau &amp;
 * Mitchell 2002 and Mäkinen, Navarro &amp; Ukkonen 2003 for run-length encoded strings, here for
 * one indel cost and arbitrary non-negative substitution costs).
 *
 * <h2>Why it is exact</h2>
 *
 * TraMineR's cell recurrence is a shortest path in the grid DAG {@code (0..m)×(0..n)}: horizontal
 * and vertical edges cost the indel {@code c}, the diagonal edge into {@code (i, j)} costs
 * {@code sm[x_i][y_j]} (0 when {@code x_i = y_j}), and {@code F(i, j)} is the cheapest path from
 * {@code (0, 0)}. Cut the grid into blocks where {@code x} stays in state {@code a} (rows
 * {@code I+1..I+h}) and {@code y} in state {@code b} (columns {@code J+1..J+w}). Every edge into
 * a cell of the block costs {@code c} (straight) or {@code s = sm[a][b]} (diagonal), so a
 * monotone path with {@code Δi} rows and {@code Δj} columns, {@code d ≤ min(Δi, Δj)} of them
 * diagonal, costs {@code c·(Δi + Δj) + d·(s − 2c)}: linear in {@code d}. Hence the cheapest
 * crossing is {@code s'·min(Δi, Δj) + c·|Δi − Δj|} with {@code s' = min(s, 2c)} (a substitution
 * dearer than two indels is never used, so clamping {@code s} changes no value). Every path from
 * the origin to a cell of the block last touches the block's input edge (row {@code I}, columns
 * {@code J..J+w}, and column {@code J}, rows {@code I..I+h}), so each output-edge value is
 * {@code min over input cells (F(input) + crossing cost)}.
 *
 * <p>Two facts cut that minimum to a window. (1) {@code F(i, j) ≤ F(i, j−1) + c} and
 * {@code F(i, j) ≤ F(i−1, j) + c} (one indel edge): along an input edge, moving the entry point
 * towards the target by one cell never costs more than the straight segment it saves, so only
 * entry points reachable with a "diagonal then straight" shape matter, e.g. for the bottom cell
 * {@code (I+h, J+t)}: top entries {@code t0 ∈ [max(0, t−h), t]} and left entries within distance
 * {@code t} of the bottom. The left ones reduce to the neighbour {@code B[t−1] + c} plus one pure
 * diagonal, the top ones to a window minimum of {@code F(I, J+t0) + (c − s')·t0} (see
 * {@link #edge}); O(h + w) per block for the bottom row and the right column together. (2) With {@code s ≥ 0},
 * {@code F(i−1, j) ≤ F(i, j) + c} and {@code F(i, j−1) ≤ F(i, j) + c} as well (turn a
 * substitution into an indel), so in a matching block ({@code a = b}, cost 0) the diagonal copy
 * {@code F(i, j) = F(i−1, j−1)} is optimal: output edges are copies of input edges.
 *
 * <p>Work per pair is {@code O(P·n + Q·m)} for {@code P} and {@code Q} runs instead of
 * {@code O(m·n)}: with about 5 spells over 72 months, some 700 edge cells instead of 5,184 cells.
 *
 * <h2>Conditions and rounding</h2>
 *
 * Requires one indel {@code c > 0} and finite substitution costs {@code ≥ 0} ({@link #applies});
 * TRATE with {@code indel = "auto"} satisfies it with {@code max(sm) = 2c}; costs above
 * {@code 2c} are clamped as explained. Otherwise {@link OmKernel} keeps the cell DP. Copies are
 * bit-exact; a crossing {@code F + (s'·d + c·e)} regroups the cell recurrence's one-by-one
 * additions, so values may differ from TraMineR's by a few ulps of the distance (≈1e-14 for
 * distances of order 100; at most 5e-13 seen on the bench data), far inside the 1e-9 of the
 * tests. Minima are exact (one of their operands), whichever way they are computed.
 *
 * <h2>Columns kept for the next pair</h2>
 *
 * Column {@code J} of the grid, {@code F(·, J)}, depends only on {@code x} and on the first
 * {@code J} states of {@code y}. {@link OmKernel#row} computes the distances from one sequence
 * {@code x} (rows) to many sequences {@code y} (columns) sorted in lexicographic order, where
 * consecutive {@code y} often share a prefix (a first spell or more): the columns at piece
 * boundaries are kept ({@code levels}), and the next {@code y} resumes from the last kept
 * column inside its common prefix with the previous one instead of from column 0. The last run
 * of {@code y}, {@code b^w}, is not computed by blocks: against a constant sequence OM has a closed
 * form ({@link #lastRunColumn}), kept per {@code (b, w)} for the other columns of the row, and
 * {@code F(m, n)} is its (min, +) combination with the kept column where the run starts. The
 * common prefix and suffix of {@code x} and {@code y} are not skipped on this path: kept columns
 * must not depend on them, and the last run's closed form already makes a common suffix cheap.
 * A single pair ({@link #raw}) still skips them.
 *
 * <p>One instance per thread (scratch buffers).
 */
final class RunLengthOm {
  private final double[] sm;
  private final int k;
  private final double indel;
  private final double twoIndel;
  // Runs of x (rows, set by setRows) and pieces of y (columns, per call): lengths and states.
  private final int[] rowLen;
  private final int[] rowState;
  private int rowRuns;
  private int rowsTotal;
  private final int[] colLen;
  private final int[] colState;
  // Kept columns: levels[v][i] = F(i, levelJ[v]) for i = 0..rowsTotal, v < depth, levelJ increasing.
  private final double[][] levels;
  private final int[] levelJ;
  private int depth;
  private final double[] top; // F(I, J + t), t = 0..w (the two row buffers swap roles within a piece)
  private final double[] bottom; // F(I + h, J + t)
  private final double[] keys; // sliding-window keys K[t0] = in[t0] − sc·t0
  private final double[] suffix; // suffix minima of a stretch of keys
  private final int maxLen;
  // Last-run columns G_{b,w}(i) = OM(x[i..], b^w) for the current rows, by key b·(maxLen + 1) + w,
  // valid when memoStamp[key] == stamp (stamp changes with the rows).
  private final double[][] memo;
  private final int[] memoStamp;
  private int stamp;
  private int memoB; // state and length of the last column built, for the single-column memo
  private int memoW;
  private final int[] byGain; // byGain[b·k + r]: the state with the r-th largest gain against b
  private final int[] rankByGain; // rankByGain[b·k + a] = r such that byGain[b·k + r] = a
  private final double[] gain; // gain[b·k + a] = 2c − min(sm[a][b], 2c): what matching a with b saves over two indels
  private final int[] counts; // positions per state, while a last-run column is built

  RunLengthOm(double[] flatSm, int k, double indel, int maxLen) {
    this.sm = flatSm;
    this.k = k;
    this.indel = indel;
    this.twoIndel = 2 * indel;
    this.maxLen = maxLen;
    this.rowLen = new int[maxLen];
    this.rowState = new int[maxLen];
    this.colLen = new int[maxLen];
    this.colState = new int[maxLen];
    this.levels = new double[maxLen + 1][]; // allocated on first use: as many as pieces, not positions
    this.levelJ = new int[maxLen + 1];
    this.top = new double[maxLen + 1];
    this.bottom = new double[maxLen + 1];
    this.keys = new double[maxLen + 1];
    this.suffix = new double[maxLen + 1];
    // Allocated on first use; for long sequences over many states (more than 32 MB if every
    // (state, length) occurred), a single column recomputed every time instead.
    boolean keepAll = (long) k * (maxLen + 1) * (maxLen + 1) <= (1 << 22);
    this.memo = new double[keepAll ? k * (maxLen + 1) : 1][];
    this.memoStamp = new int[memo.length];
    this.gain = new double[k * k];
    this.byGain = new int[k * k];
    this.rankByGain = new int[k * k];
    for (int b = 0; b < k; b++) {
      Integer[] order = new Integer[k];
      for (int a = 0; a < k; a++) {
        gain[b * k + a] = a == b ? twoIndel : twoIndel - Math.min(flatSm[a * k + b], twoIndel);
        order[a] = a;
      }
      final int bb = b;
      java.util.Arrays.sort(order, (u, v) -> Double.compare(gain[bb * k + v], gain[bb * k + u]));
      for (int r = 0; r < k; r++) {
        byGain[b * k + r] = order[r];
        rankByGain[b * k + order[r]] = r;
      }
    }
    this.counts = new int[k];
  }

  /** Whether the block method is exact for these costs: one indel {@code > 0}, substitutions finite and {@code ≥ 0}. */
  static boolean applies(double[][] sm, double indel) {
    if (!(indel > 0) || !Double.isFinite(indel)) return false;
    for (int a = 0; a < sm.length; a++)
      for (int b = 0; b < sm.length; b++)
        if (a != b && !(sm[a][b] >= 0 && Double.isFinite(sm[a][b]))) return false;
    return true;
  }

  /** Run ends (exclusive) of a sequence. */
  static int[] runEnds(int[] x) {
    int runs = 0;
    for (int i = 0; i < x.length; i++) if (i == x.length - 1 || x[i] != x[i + 1]) runs++;
    int[] ends = new int[runs];
    int r = 0;
    for (int i = 0; i < x.length; i++) if (i == x.length - 1 || x[i] != x[i + 1]) ends[r++] = i + 1;
    return ends;
  }

  /** Number of runs of a sequence with run ends {@code ends} within positions {@code [from, to)}, {@code from < to}. */
  static int runsIn(int[] ends, int from, int to) {
    int r = 0;
    while (ends[r] <= from) r++;
    int runs = 1;
    while (ends[r] < to) {
      r++;
      runs++;
    }
    return runs;
  }

  /**
   * Whether blocks are expected to beat the cell DP for a trimmed {@code rows × cols} grid with
   * {@code p} row runs and {@code q} column runs (a block edge cell costs a few DP cells).
   */
  static boolean worthIt(int rows, int cols, int p, int q) {
    return 3L * ((long) p * cols + (long) q * rows) + 8L * p * q < (long) rows * cols;
  }

  /**
   * Clips the runs of {@code x} (ends {@code ends}) to positions {@code [from, to)} into
   * {@code len}/{@code state}; returns the number of runs.
   */
  static int clip(int[] x, int[] ends, int from, int to, int[] len, int[] state) {
    int r = 0;
    while (ends[r] <= from) r++;
    int runs = 0;
    int pos = from;
    while (pos < to) {
      int e = Math.min(ends[r], to);
      len[runs] = e - pos;
      state[runs] = x[pos];
      runs++;
      pos = e;
      r++;
    }
    return runs;
  }

  /**
   * Sets the rows: {@code x} (run ends {@code ends}) on positions {@code [from, to)}, {@code from < to};
   * forgets the kept columns and keeps column 0. Returns the number of row runs.
   */
  int setRows(int[] x, int[] ends, int from, int to) {
    rowRuns = clip(x, ends, from, to, rowLen, rowState);
    rowsTotal = to - from;
    double[] l0 = level(0);
    for (int i = 0; i <= rowsTotal; i++) l0[i] = i * indel;
    levelJ[0] = 0;
    depth = 1;
    stamp++;
    return rowRuns;
  }

  private double[] level(int v) {
    double[] l = levels[v];
    return l != null ? l : (levels[v] = new double[maxLen + 1]);
  }

  /**
   * {@code F(m, n)}, the OM distance between all the rows set by {@link #setRows} (from position 0)
   * and the whole of {@code y}, for {@link OmKernel#row}. {@code reusable} is as in
   * {@link #raw(int[], int[], int, int, int, int)}. The pieces of {@code y} before its last run
   * are computed and kept; the last run, {@code b^w} from column {@code J}, is crossed in closed
   * form ({@link #lastRunColumn}, kept for the other columns that end with the same run), so that
   * {@code F(m, n) = min_i F(i, J) + OM(x[i..m), b^w)}: every path crosses column {@code J}.
   */
  double rawToEnd(int[] y, int[] ends, int reusable) {
    int n = y.length;
    int lastStart = ends.length >= 2 ? ends[ends.length - 2] : 0;
    int lv = advance(y, ends, 0, Math.min(reusable, n), lastStart);
    int jBase = levelJ[lv];
    double[] f = levels[lv];
    if (jBase == n) return f[rowsTotal];
    double[] g = lastRunColumn(y[n - 1], n - jBase);
    // Two running minima, to halve the loop-carried chain; g may be below 0 by a rounding error.
    double best0 = f[0] + g[0];
    double best1 = best0;
    int i = 1;
    for (; i < rowsTotal; i += 2) {
      double v0 = f[i] + g[i];
      double v1 = f[i + 1] + g[i + 1];
      best0 = v0 < best0 ? v0 : best0;
      best1 = v1 < best1 ? v1 : best1;
    }
    if (i == rowsTotal) {
      double v = f[i] + g[i];
      best0 = v < best0 ? v : best0;
    }
    return best0 < best1 ? best0 : best1;
  }

  /**
   * Drops the kept columns beyond {@code keep}, then computes and keeps the pieces of
   * {@code y[from..]} from the last kept column up to column {@code upTo} (relative to
   * {@code from}; nothing when the last kept column is at or beyond it). Returns the index of the
   * last kept column.
   */
  private int advance(int[] y, int[] ends, int from, int keep, int upTo) {
    while (levelJ[depth - 1] > keep) depth--;
    int lv = depth - 1;
    int jBase = levelJ[lv];
    if (jBase >= upTo) return lv;
    int q = clip(y, ends, from + jBase, from + upTo, colLen, colState);
    for (int v = 0; v < q; v++) {
      int w = colLen[v];
      keptPiece(levels[lv], level(lv + 1), jBase, w, colState[v]);
      jBase += w;
      levelJ[++lv] = jBase;
    }
    depth = lv + 1;
    return lv;
  }

  /**
   * {@code G(i) = OM(x[i..m), b^w)} for {@code i = 0..m}, the rows set by {@link #setRows}, in
   * closed form: against a constant sequence any {@code d} positions of {@code x} can be aligned
   * with {@code d} positions of {@code b^w}, so {@code G(i) = c·(L + w) − (the min(L, w) largest
   * gains 2c − s'(x_t, b) over t ∈ [i, m))}, {@code L = m − i} (gains are ≥ 0 as {@code s' ≤ 2c}).
   * Kept until the rows change: in a row of sorted columns, many columns end with the same run.
   */
  private double[] lastRunColumn(int b, int w) {
    int key = memo.length == 1 ? 0 : b * (maxLen + 1) + w;
    double[] g = memo[key];
    if (g != null && memoStamp[key] == stamp && (memo.length > 1 || (memoB == b && memoW == w))) return g;
    memoB = b;
    memoW = w;
    if (g == null) g = memo[key] = new double[maxLen + 1];
    memoStamp[key] = stamp;
    final double c = indel;
    final int m = rowsTotal;
    final int[] cnt = counts; // positions of each state among the min(L, w) of largest gain
    java.util.Arrays.fill(cnt, 0);
    final int gb = b * k;
    double gains = 0; // their sum
    int lo = -1; // rank (in byGain) of the state of smallest gain among them
    g[m] = c * w;
    int i = m;
    for (int u = rowRuns - 1; u >= 0; u--) {
      int a = rowState[u];
      int ra = rankByGain[gb + a];
      double ga = gain[gb + a];
      for (int r = 0; r < rowLen[u]; r++) {
        i--;
        int len = m - i;
        if (len <= w) { // every position counts
          cnt[a]++;
          gains += ga;
          if (ra > lo) lo = ra;
        } else if (ra < lo) { // x_i replaces one of the smallest gains
          int worst = byGain[gb + lo];
          cnt[worst]--;
          cnt[a]++;
          gains += ga - gain[gb + worst];
          while (cnt[byGain[gb + lo]] == 0) lo--;
        }
        g[i] = c * (len + w) - gains;
      }
    }
    return g;
  }

  /**
   * {@code F(rowCut, to − from)}: the OM distance between the first {@code rowCut} rows set by
   * {@link #setRows} and {@code y} on positions {@code [from, to)} ({@code 1 ≤ rowCut}, {@code from < to}).
   * {@code reusable} is the length of the common prefix of this {@code y[from..]} and the one of
   * the previous call since {@link #setRows} (0 if none): kept columns within it are reused, the
   * others forgotten. Every piece of {@code y} but the last is computed on all rows and kept; the
   * last one only down to {@code rowCut}, and only its bottom edges and final corner.
   */
  double raw(int[] y, int[] ends, int from, int to, int reusable, int rowCut) {
    int cols = to - from;
    int lastStart = to - 1; // of the last run of y[from, to)
    while (lastStart > from && y[lastStart - 1] == y[to - 1]) lastStart--;
    int lv = advance(y, ends, from, Math.min(reusable, cols), lastStart - from);
    int jBase = levelJ[lv];
    if (jBase == cols) return levels[lv][rowCut];
    return lastPiece(levels[lv], level(lv + 1), jBase, cols - jBase, y[to - 1], rowCut);
  }

  /*
   * Block layout, for the block of rows I+1..I+h (I = iBase) and columns J+1..J+w: the top edge
   * T[t] = F(I, J+t) is tp[t] (t = 0..w), the left edge L[r] = F(I+r, J) is lf[I+r] (r = 0..h;
   * lf[I] = tp[0]). The bottom edge goes to bt[0..w] (it becomes the next block's top edge), the
   * right edge to nx[I..I+h] (the kept column J + w).
   */

  /** A piece of columns {@code J+1..J+w} in state {@code b} on all rows: column {@code J + w} into {@code nx}. */
  private void keptPiece(double[] lf, double[] nx, int jBase, int w, int b) {
    final double c = indel;
    double[] tp = top;
    double[] bt = bottom;
    for (int t = 0; t <= w; t++) tp[t] = (jBase + t) * c;
    int iBase = 0;
    final int p = rowRuns;
    for (int u = 0; u < p; u++) {
      int h = rowLen[u];
      int a = rowState[u];
      boolean lastRow = u == p - 1;
      if (a == b) {
        if (!lastRow) matchingBottom(lf, tp, bt, h, w, iBase);
        matchingRight(lf, tp, nx, h, w, iBase);
      } else {
        double s = sm[a * k + b];
        if (s > twoIndel) s = twoIndel;
        double t0 = tp[0];
        if (!lastRow) edge(tp, 0, t0, lf, iBase, h, w, s, bt, 0, u == 0);
        edge(lf, iBase, t0, tp, 0, w, h, s, nx, iBase, jBase == 0);
      }
      if (!lastRow) {
        double[] swap = tp;
        tp = bt;
        bt = swap;
      }
      iBase += h;
    }
  }

  /**
   * The last piece, on rows {@code 1..rowCut}: bottom edges down to the last block, then its corner
   * {@code F(rowCut, J + w)}, from the shorter edge (which needs no sliding window).
   */
  private double lastPiece(double[] lf, double[] scratch, int jBase, int w, int b, int rowCut) {
    final double c = indel;
    double[] tp = top;
    double[] bt = bottom;
    for (int t = 0; t <= w; t++) tp[t] = (jBase + t) * c;
    int iBase = 0;
    for (int u = 0; ; u++) {
      int h = rowLen[u];
      int a = rowState[u];
      boolean lastRow = iBase + h >= rowCut;
      if (lastRow) h = rowCut - iBase;
      if (a == b) {
        if (lastRow) return w >= h ? tp[w - h] : lf[iBase + h - w];
        matchingBottom(lf, tp, bt, h, w, iBase);
      } else {
        double s = sm[a * k + b];
        if (s > twoIndel) s = twoIndel;
        double t0 = tp[0];
        if (lastRow) {
          if (w <= h) {
            edge(tp, 0, t0, lf, iBase, h, w, s, bt, 0, u == 0);
            return bt[w];
          }
          edge(lf, iBase, t0, tp, 0, w, h, s, scratch, iBase, jBase == 0);
          return scratch[iBase + h];
        }
        edge(tp, 0, t0, lf, iBase, h, w, s, bt, 0, u == 0);
      }
      double[] swap = tp;
      tp = bt;
      bt = swap;
      iBase += h;
    }
  }

  /** Block of equal states, bottom edge: values copy along the diagonal, B[t] = L[h−t] for t ≤ h, T[t−h] beyond. */
  private static void matchingBottom(double[] lf, double[] tp, double[] bt, int h, int w, int iBase) {
    int lim = w < h ? w : h - 1;
    for (int t = 0; t <= lim; t++) bt[t] = lf[iBase + h - t];
    if (w >= h) {
      bt[h] = tp[0];
      System.arraycopy(tp, 1, bt, h + 1, w - h);
    }
  }

  /** Block of equal states, right edge: R[r] = T[w−r] for r ≤ w, L[r−w] beyond. */
  private static void matchingRight(double[] lf, double[] tp, double[] nx, int h, int w, int iBase) {
    int lim = w < h ? w : h;
    for (int r = 0; r <= lim; r++) nx[iBase + r] = tp[w - r];
    if (h > w) System.arraycopy(lf, iBase + 1, nx, iBase + w + 1, h - w);
  }

  /**
   * One output edge of a block of different states with diagonal cost {@code s ≤ 2c}:
   * {@code out[outOff + t]}, {@code t = 0..w}, for the bottom row ({@code in} = top edge,
   * {@code side} = left edge, {@code h} = height) or, with the roles exchanged, the right column.
   * {@code in[0]} is {@code in0}, {@code in[t]} is {@code in[inOff + t]} for {@code t ≥ 1},
   * {@code side[e]} is {@code side[sideOff + e]} for {@code e ≥ 1}. With {@code sc = s − c}:
   *
   * <pre>
   * B[0] = side[h]
   * B[t] = min( B[t−1] + c,                                   a horizontal step in the bottom row
   *             side[h−t] + s·t                 (t ≤ h−1),    t diagonals from the side edge
   *             min_{t0 ∈ [max(0, t−h), t]} (in[t0] + sc·(t − t0)) + c·h )
   *                                                           t − t0 diagonals, h − t + t0 verticals
   * </pre>
   *
   * Every term is the cost of a path, and every path from the input edges is matched by one that
   * is no dearer (class comment), so the minimum is F. Evaluation, chosen by measurement on the
   * {@code bench seqdist} data (short edges of random lengths, where loop exits and branches cost
   * more than arithmetic):
   *
   * <ul>
   *   <li>While {@code t ≤ h} the window starts at 0: a running minimum
   *       {@code R[t] = min(R[t−1] + sc, in[t] + c·h)}. Every operand of these minima is a path
   *       cost, hence {@code ≥ 0}, and {@link #pmin} compares such doubles through their bits
   *       (a conditional move; a computed operand can only be below 0 by a rounding error of an
   *       exact 0, and the comparison then errs by at most that error).
   *   <li>{@code in} a border of the grid ({@code linearIn}: {@code in[t0] = in0 + c·t0}): the keys
   *       {@code K[t0] = in[t0] − sc·t0} are non-decreasing ({@code s ≤ 2c}), so beyond
   *       {@code t = h} the window minimum is at {@code t0 = t − h}: {@code in0 + c·(t−h) + s·h},
   *       which rises by {@code c} like {@code B[t−1] + c}; after one step {@code B} just rises by
   *       {@code c}.
   *   <li>{@code w = 1}, or {@code w = 2 ≤ h}: the one or two steps, without a loop (short loops
   *       of random lengths cost more in mispredicted exits than in arithmetic), with
   *       {@link #pmin} on path costs ({@code R[t] + c·h}, not {@code R[t]}).
   *   <li>{@code h = 1}: a window of two cells, {@code min(in[t−1] + s, in[t] + c)}, with
   *       {@link #pmin}.
   *   <li>Otherwise ({@code w > h}), the sliding-window minimum of the keys over {@code [t−h, t]},
   *       a lazy form of van Herk and Gil–Werman (1992): suffix minima of an earlier stretch of
   *       keys ending at {@code e}, plus the running minimum of the keys after {@code e} and its
   *       latest index; while the window starts at or before {@code e} its minimum is the smaller
   *       of the two, then the running minimum as long as its index is in the window, and the
   *       suffix minima are rebuilt over the window only when it leaves (at most every
   *       {@code h + 1} steps; never when the keys decrease). It replaced a monotone deque, whose
   *       pops are branches on the data. The left entries are tracked as the path cost
   *       {@code U[t] = min(U[t−1] + c, side[h−t] + s·t)}, combined with {@link #pmin}.
   * </ul>
   *
   * The {@link #pmin} forms replaced compare-and-branch minima (≈ 8–10 % less CPU per pair on
   * the bench data); running minima kept on offset keys to shorten the loop-carried chain, and
   * small blocks evaluated cell by cell, were measured slower or no faster.
   *
   * {@code out} never overlaps {@code in} or {@code side}: the right column goes to the next kept
   * column, the bottom row to the other row buffer.
   */
  private void edge(double[] in, int inOff, double in0, double[] side, int sideOff, int h, int w, double s,
      double[] out, int outOff, boolean linearIn) {
    final double c = indel;
    final double sc = s - c;
    final double ch = c * h;
    // Left entries e = 0..min(t, h−1): paths of e diagonals from side[h−e], then t − e horizontals.
    double runSide = side[sideOff + h];
    out[outOff] = runSide;
    final int sideMax = h - 1;
    if (w == 1) { // one step, without a loop: B[1] = min(B[0] + c, side[h−1] + s, min(in0 + sc, in[1]) + c·h)
      double v = pmin(in0 + sc + ch, in[inOff + 1] + ch);
      if (h > 1) v = pmin(v, side[sideOff + h - 1] + s);
      out[outOff + 1] = pmin(runSide + c, v);
      return;
    }
    if (w == 2 && h >= 2) { // two steps, without a loop
      // R[t] + c·h as path costs: R[1] + c·h = min(in0 + sc, in[1]) + c·h, and so on.
      double r = pmin(in0 + sc + ch, in[inOff + 1] + ch);
      double b = pmin(runSide + c, pmin(r, side[sideOff + h - 1] + s));
      out[outOff + 1] = b;
      r = pmin(r + sc, in[inOff + 2] + ch);
      if (h > 2) r = pmin(r, side[sideOff + h - 2] + 2 * s);
      out[outOff + 2] = pmin(b + c, r);
      return;
    }
    if (w <= h || linearIn) {
      // Running minima, in the chained form R[t] = min(R[t−1] + sc, in[t]) and
      // B[t] = min(B[t−1] + c, side[h−t] + s·t, R[t] + c·h).
      double run = in0 + ch; // R[t] + c·h: a path cost, like every operand of pmin below
      double b = runSide;
      final int lim = w <= h ? w : h;
      final int sideLim = lim < h ? lim : h - 1;
      double st = 0;
      int t = 1;
      for (; t <= sideLim; t++) {
        st += s;
        run = pmin(run + sc, in[inOff + t] + ch);
        double v = pmin(run, side[sideOff + h - t] + st);
        b = pmin(b + c, v);
        out[outOff + t] = b;
      }
      run -= ch;
      if (t <= lim) { // t = h ≤ w: no side term
        double x = in[inOff + t];
        run += sc;
        if (x < run) run = x;
        double v = run + ch;
        b += c;
        if (v < b) b = v;
        out[outOff + t] = b;
        t++;
      }
      if (t > w) return;
      // B[t] = min(B[t−1] + c, V[t]) with V[t] = in0 + s·h + c·(t − h) rising by c: once B[t] ≤ V[t]
      // (true after one step), B rises by c.
      double v = in0 + s * h + c * (t - h);
      b += c;
      if (v < b) b = v;
      out[outOff + t] = b;
      for (t++; t <= w; t++) out[outOff + t] = b += c;
      return;
    }
    if (h == 1) {
      // Window of two cells: B[t] = min(B[t−1] + c, in[t−1] + s, in[t] + c).
      double prev = in0;
      double b = runSide;
      for (int t = 1; t <= w; t++) {
        double x = in[inOff + t];
        b = pmin(b + c, pmin(prev + s, x + c));
        out[outOff + t] = b;
        prev = x;
      }
      return;
    }
    // Sliding window [t−h, t] of the keys: suffix minima sf[i] = min K[i..e] of an earlier stretch
    // ending at e, and the running minimum rk (latest index ri) of the keys after e. While the
    // window starts at or before e, its minimum is min(sf[start], rk); after that, it is rk as long
    // as ri is inside the window, and otherwise the suffix minima are rebuilt over the window.
    final double[] kk = keys;
    final double[] sf = suffix;
    kk[0] = in0;
    sf[0] = in0;
    int e = 0;
    double rk = Double.POSITIVE_INFINITY;
    int ri = 1;
    double u = runSide;
    for (int t = 1; t <= w; t++) {
      double kt = in[inOff + t] - sc * t;
      kk[t] = kt;
      if (kt <= rk) {
        rk = kt;
        ri = t;
      }
      int lo = t - h;
      double mk;
      if (lo <= e) {
        double sv = sf[lo < 0 ? 0 : lo];
        mk = sv < rk ? sv : rk;
      } else if (ri >= lo) {
        mk = rk;
      } else {
        double m = kt;
        sf[t] = kt;
        for (int i = t - 1; i >= lo; i--) {
          double ki = kk[i];
          if (ki < m) m = ki;
          sf[i] = m;
        }
        e = t;
        rk = Double.POSITIVE_INFINITY;
        ri = t + 1;
        mk = m;
      }
      double v = mk + sc * t + ch;
      // U[t] = min(U[t−1] + c, side[h−t] + s·t): left entries, a path cost like v.
      u += c;
      if (t <= sideMax) u = pmin(u, side[sideOff + h - t] + s * t);
      out[outOff + t] = pmin(u, v);
    }
  }

  /**
   * Minimum of two path costs through their bit patterns (ordered like the values for
   * non-negative doubles), which the JIT turns into a conditional move instead of a branch.
   */
  private static double pmin(double a, double b) {
    long la = Double.doubleToRawLongBits(a);
    long lb = Double.doubleToRawLongBits(b);
    return Double.longBitsToDouble(la < lb ? la : lb);
  }
}
