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
 * {@link #mismatching}); O(h + w) per block for the bottom row and the right column together. (2) With {@code s ≥ 0},
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
 * distances of order 100), far inside the 1e-9 of the tests.
 *
 * <p>One instance per thread (scratch buffers).
 */
final class RunLengthOm {
  private final double[] sm;
  private final int k;
  private final double indel;
  private final double twoIndel;
  // Runs of the trimmed x (rows) and y (columns): lengths and states.
  private final int[] rowLen;
  private final int[] rowState;
  private final int[] colLen;
  private final int[] colState;
  private final double[] left; // F(i, J) for i = 0..rows, J the current column-run boundary
  private double[] top; // F(I, J + t), t = 0..w
  private double[] bottom; // F(I + h, J + t)
  private final double[] keys; // monotone deque of window keys
  private final int[] deque; // and their indices

  RunLengthOm(double[] flatSm, int k, double indel, int maxLen) {
    this.sm = flatSm;
    this.k = k;
    this.indel = indel;
    this.twoIndel = 2 * indel;
    this.rowLen = new int[maxLen];
    this.rowState = new int[maxLen];
    this.colLen = new int[maxLen];
    this.colState = new int[maxLen];
    this.left = new double[maxLen + 1];
    this.top = new double[maxLen + 1];
    this.bottom = new double[maxLen + 1];
    this.keys = new double[maxLen + 1];
    this.deque = new int[maxLen + 1];
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

  /** Clips the row runs (x) and returns their number. */
  int clipRows(int[] x, int[] ends, int from, int to) {
    return clip(x, ends, from, to, rowLen, rowState);
  }

  /** Clips the column runs (y) and returns their number. */
  int clipCols(int[] y, int[] ends, int from, int to) {
    return clip(y, ends, from, to, colLen, colState);
  }

  /**
   * OM distance of the grid whose row runs and column runs were set by {@link #clipRows} and
   * {@link #clipCols} ({@code p} and {@code q} runs, {@code rows} and {@code cols} positions).
   */
  double raw(int p, int q, int rows, int cols) {
    final double c = indel;
    final double[] lf = left;
    for (int i = 0; i <= rows; i++) lf[i] = i * c;
    int jBase = 0;
    for (int v = 0; v < q; v++) {
      int w = colLen[v];
      int b = colState[v];
      double[] tp = top;
      for (int t = 0; t <= w; t++) tp[t] = (jBase + t) * c;
      // The last column run's right edges are never read: only its bottom edges are computed.
      boolean right = v < q - 1;
      int iBase = 0;
      for (int u = 0; u < p; u++) {
        int h = rowLen[u];
        int a = rowState[u];
        if (a == b) matching(h, w, iBase, right);
        else {
          double s = sm[a * k + b];
          mismatching(h, w, iBase, s < twoIndel ? s : twoIndel, right);
        }
        double[] swap = top;
        top = bottom;
        bottom = swap;
        iBase += h;
      }
      jBase += w;
    }
    return top[colLen[q - 1]]; // F(rows, cols): the last block's bottom edge, now in top
  }

  /*
   * Block layout, for the block of rows I+1..I+h (I = iBase) and columns J+1..J+w: the top edge
   * T[t] = F(I, J+t) is top[t] (t = 0..w), the left edge L[r] = F(I+r, J) is left[I+r] for
   * r = 1..h and L[0] = T[0]. The bottom edge goes to bottom[0..w] (it becomes the next block's
   * top edge), the right edge to left[I+1..I+h] in place, after the left edge has been read.
   */

  /** Block of equal states: values copy along the diagonal. */
  private void matching(int h, int w, int iBase, boolean right) {
    final double[] tp = top;
    final double[] bt = bottom;
    final double[] lf = left;
    // B[t] = L[h−t] for t ≤ h, T[t−h] beyond.
    int lim = w < h ? w : h - 1;
    for (int t = 0; t <= lim; t++) bt[t] = lf[iBase + h - t];
    if (w >= h) {
      bt[h] = tp[0];
      System.arraycopy(tp, 1, bt, h + 1, w - h);
    }
    if (!right) return;
    // R[r] = T[w−r] for r ≤ w, L[r−w] beyond (moved first, as it reads the left edge in place).
    if (h > w) System.arraycopy(lf, iBase + 1, lf, iBase + w + 1, h - w);
    lim = w < h ? w : h;
    for (int r = 1; r <= lim; r++) lf[iBase + r] = tp[w - r];
  }

  /**
   * Block of different states with diagonal cost {@code s ≤ 2c}. Bottom row, for {@code t ≥ 1}:
   * {@code B[t] = min(c·t + min_{e ≤ min(t, h−1)} (L[h−e] + (s−c)·e), min_{t0 ∈ [max(0, t−h), t]} (T[t0] − (s−c)·t0) + (s−c)·t + c·h)}:
   * left entries at distance {@code e ≤ t} cost {@code s·e + c·(t − e)} (e diagonals, then
   * straight), top entries with {@code d = t − t0 ≤ h} diagonals cost {@code s·d + c·(h − d)}. The
   * right column is the mirror image ({@link #edge}, called twice with the edges' roles exchanged).
   */
  private void mismatching(int h, int w, int iBase, double s, boolean right) {
    final double corner = top[0];
    edge(top, 0, corner, left, iBase, h, w, s, bottom, 0);
    if (!right) return;
    edge(left, iBase, corner, top, 0, w, h, s, left, iBase);
    left[iBase + h] = bottom[w];
  }

  /**
   * One output edge of a mismatching block, {@code out[outOff + t]} for {@code t = 0..w}: the
   * bottom row ({@code in} = top edge, {@code side} = left edge, {@code h} = height) or, mirrored,
   * the right column. {@code in[0]} is {@code in0}, {@code in[t]} is {@code in[inOff + t]},
   * {@code side[e]} is {@code side[sideOff + e]} ({@code e ≥ 1}). The right column is written over
   * the left edge it reads: each {@code in[t]} is read before {@code out[t]} is written. The window
   * minimum is a running minimum while the window still starts at 0, then a monotone deque (only
   * when {@code w > h}, on the longer side).
   */
  private void edge(double[] in, int inOff, double in0, double[] side, int sideOff, int h, int w, double s,
      double[] out, int outOff) {
    final double c = indel;
    final double sc = s - c;
    final double ch = c * h;
    // Left entries e = 0..min(t, h−1): c·t + min KL[e], KL[e] = side[h−e] + (s−c)·e.
    double runSide = side[sideOff + h];
    out[outOff] = runSide;
    final int sideMax = h - 1;
    if (w <= h) {
      double run = in0;
      for (int t = 1; t <= w; t++) {
        double kt = in[inOff + t] - sc * t;
        if (kt < run) run = kt;
        double v = run + sc * t + ch;
        if (t <= sideMax) {
          double kl = side[sideOff + h - t] + sc * t;
          if (kl < runSide) runSide = kl;
        }
        double u = runSide + c * t;
        out[outOff + t] = u < v ? u : v;
      }
      return;
    }
    final double[] dk = keys;
    final int[] di = deque;
    int head = 0;
    int tail = 1;
    dk[0] = in0;
    di[0] = 0;
    for (int t = 1; t <= w; t++) {
      double kt = in[inOff + t] - sc * t;
      while (tail > head && dk[tail - 1] >= kt) tail--;
      dk[tail] = kt;
      di[tail] = t;
      tail++;
      if (di[head] < t - h) head++;
      double v = dk[head] + sc * t + ch;
      if (t <= sideMax) {
        double kl = side[sideOff + h - t] + sc * t;
        if (kl < runSide) runSide = kl;
      }
      double u = runSide + c * t;
      out[outOff + t] = u < v ? u : v;
    }
  }
}
