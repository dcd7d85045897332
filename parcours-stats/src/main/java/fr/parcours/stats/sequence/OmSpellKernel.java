package fr.parcours.stats.sequence;

/**
 * OMspell: optimal matching between sequences of spells, as {@code OMPerdistance::distance}
 * ({@code src/OMPerdistance.cpp}, {@code src/OMPerdistance.h}) with the parameters
 * {@code R/seqdist.R} prepares.
 *
 * <p>Each sequence is its distinct successive states {@code s_1..s_m} with transformed durations
 * {@code d_i = dur_i^tpow − 1}. Spell indel: {@code indel[s] + expcost·d}; substitution of two
 * spells of the same state: {@code expcost·|d1 − d2|}; of different states:
 * {@code sm[s1][s2] + (d1 + d2)·expcost}. Borders are cumulative sums of spell indels; no prefix
 * or suffix is skipped. Normalisation uses the original sequence lengths {@code L1, L2}:
 * {@code maxdist = |L1 − L2|·indel + maxscost·min(L1, L2)}, {@code l = L·indel}.
 */
final class OmSpellKernel implements PairKernel {
  private final int[][] states;
  private final double[][] durs;
  private final int[] lengths;
  private final double[] sm;
  private final int k;
  private final double[] indels;
  private final double indel;
  private final double timecost;
  private final double maxscost;
  private final Normalization norm;
  private final double[] col;
  private final double[] colIndel;

  OmSpellKernel(int[][] states, double[][] durs, int[] lengths, double[][] sm, double indel, double expcost,
      Normalization norm) {
    this.states = states;
    this.durs = durs;
    this.lengths = lengths;
    this.k = sm.length;
    this.sm = SubstitutionCosts.flatten(sm);
    this.indels = new double[k];
    java.util.Arrays.fill(indels, indel);
    this.indel = indel;
    this.timecost = expcost;
    this.norm = norm;
    this.maxscost = SubstitutionCosts.maxSubstitutionCost(sm, indel, norm);
    int maxSpells = 0;
    for (int[] s : states) maxSpells = Math.max(maxSpells, s.length);
    this.col = new double[maxSpells + 1];
    this.colIndel = new double[maxSpells + 1];
  }

  /** Splits coded sequences into spells: fills {@code states} and {@code durs} (transformed). */
  static void spells(int[][] seqs, double tpow, int[][] states, double[][] durs) {
    for (int s = 0; s < seqs.length; s++) {
      int[] x = seqs[s];
      int n = 0;
      int[] st = new int[x.length];
      int[] du = new int[x.length];
      for (int t = 0; t < x.length; t++) {
        if (t == 0 || x[t] != x[t - 1]) {
          st[n] = x[t];
          du[n] = 1;
          n++;
        } else {
          du[n - 1]++;
        }
      }
      states[s] = java.util.Arrays.copyOf(st, n);
      durs[s] = new double[n];
      for (int i = 0; i < n; i++) durs[s][i] = Math.pow(du[i], tpow) - 1;
    }
  }

  @Override
  public double distance(int a, int b) {
    int[] xs = states[a];
    double[] xd = durs[a];
    int[] ys = states[b];
    double[] yd = durs[b];
    int m = xs.length;
    int n = ys.length;
    double[] f = col;
    double[] ind = colIndel;
    f[0] = 0;
    for (int i = 1; i <= m; i++) {
      ind[i] = indels[xs[i - 1]] + timecost * xd[i - 1];
      f[i] = f[i - 1] + ind[i];
    }
    double top = 0;
    for (int j = 1; j <= n; j++) {
      int ysj = ys[j - 1];
      double ydj = yd[j - 1];
      double jIndel = indels[ysj] + timecost * ydj;
      double diag = f[0];
      top = top + jIndel;
      f[0] = top;
      double left = top;
      for (int i = 1; i <= m; i++) {
        double up = f[i];
        double minimum = up + jIndel;
        double iIndel = left + ind[i];
        if (iIndel < minimum) minimum = iIndel;
        int xsi = xs[i - 1];
        double sc;
        if (xsi == ysj) {
          double diffdur = xd[i - 1] - ydj;
          sc = diffdur < 0 ? -1.0 * (timecost * diffdur) : timecost * diffdur;
        } else {
          sc = sm[xsi * k + ysj] + (xd[i - 1] + ydj) * timecost;
        }
        double sub = diag + sc;
        diag = up;
        double v = sub < minimum ? sub : minimum;
        f[i] = v;
        left = v;
      }
    }
    int nn = lengths[a];
    int mm = lengths[b];
    double maxpossiblecost = Math.abs(nn - mm) * indel + maxscost * Math.min(mm, nn);
    return norm.apply(f[m], maxpossiblecost, mm * indel, nn * indel);
  }
}
