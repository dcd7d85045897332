package fr.parcours.stats.sequence;

/**
 * Exact LCS-based distance with a bit-parallel longest-common-subsequence length
 * (Allison &amp; Dix 1986; Crochemore, Iliopoulos, Pinzon &amp; Reid 2001; Hyyrö 2004): one machine
 * word holds 64 positions of the first sequence, and each state of the second sequence updates
 * the whole column with {@code V' = (V + (V & M)) | (V & ~M)}, where {@code M} marks the positions
 * holding that state. The LLCS is the number of zero bits of {@code V} in the first {@code m} bits.
 *
 * <p>Used when the OM costs reduce to LCS: a constant substitution {@code cval >= 2·indel} with an
 * integer indel (then substitution is never cheaper than two indels, {@code d = indel·(m + n −
 * 2·LLCS)}, and TraMineR's DP sums integers exactly, so the values are bit-identical). This is
 * {@code seqdist(method = "LCS")} (cost 2, indel 1). Common prefix and suffix are trimmed first.
 */
final class LcsKernel implements PairKernel {
  private final int[][] seqs;
  private final int k;
  private final double indel;
  private final double maxscost;
  private final Normalization norm;
  private final long[] peq;
  private final long[] v;
  private final int words;

  LcsKernel(int[][] seqs, int k, double cval, double indel, Normalization norm, int maxLen) {
    this.seqs = seqs;
    this.k = k;
    this.indel = indel;
    this.norm = norm;
    this.maxscost = norm == Normalization.YUJIANBO ? 2 * indel : Math.min(k > 1 ? cval : 0, 2 * indel);
    this.words = Math.max(1, (maxLen + 63) >>> 6);
    this.peq = new long[k * words];
    this.v = new long[words];
  }

  /** Whether the OM settings reduce exactly to an LCS computation. */
  static boolean applies(double cval, double indel) {
    return cval >= 2 * indel && indel == Math.rint(indel) && indel <= (1 << 20);
  }

  @Override
  public double distance(int a, int b) {
    int[] x = seqs[a];
    int[] y = seqs[b];
    int m = x.length;
    int n = y.length;
    double raw = indel * (m + n - 2 * llcs(x, y));
    double maxpossiblecost = Math.abs(n - m) * indel + maxscost * Math.min(m, n);
    return norm.apply(raw, maxpossiblecost, m * indel, n * indel);
  }

  /** Length of a longest common subsequence of {@code x} and {@code y}. */
  int llcs(int[] x, int[] y) {
    int m = x.length;
    int n = y.length;
    long ends = CommonEnds.of(x, y);
    int p = CommonEnds.prefix(ends);
    int me = m - CommonEnds.suffix(ends);
    int ne = n - CommonEnds.suffix(ends);
    int rows = me - p;
    int common = p + (m - me);
    if (rows == 0 || ne - p == 0) return common;
    int w = (rows + 63) >>> 6;
    java.util.Arrays.fill(peq, 0, k * words, 0L);
    for (int i = 0; i < rows; i++) peq[x[p + i] * words + (i >>> 6)] |= 1L << (i & 63);
    for (int q = 0; q < w; q++) v[q] = -1L;
    for (int j = p; j < ne; j++) {
      int base = y[j] * words;
      long carry = 0;
      for (int q = 0; q < w; q++) {
        long vq = v[q];
        long u = vq & peq[base + q];
        long s1 = vq + u;
        long c1 = Long.compareUnsigned(s1, vq) < 0 ? 1 : 0;
        long s2 = s1 + carry;
        long c2 = (carry != 0 && s2 == 0) ? 1 : 0;
        carry = c1 | c2;
        v[q] = s2 | (vq & ~peq[base + q]);
      }
    }
    int zeros = 0;
    for (int q = 0; q < w; q++) {
      int bits = Math.min(64, rows - (q << 6));
      long mask = bits == 64 ? -1L : (1L << bits) - 1;
      zeros += Long.bitCount(~v[q] & mask);
    }
    return common + zeros;
  }
}
