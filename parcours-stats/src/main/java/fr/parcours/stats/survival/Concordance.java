package fr.parcours.stats.survival;

import java.util.Arrays;

/**
 * Harrell's C for right-censored data, as R's {@code survival::concordance} reports it for a Cox
 * model (timewt = "n", no strata).
 *
 * <p>The algorithm sorts by time and sweeps twice with a Fenwick tree over the ranks of the score
 * (Therneau's {@code concordance3} idea): O(n log n).
 *
 * <p>References: Harrell et al. (1982, 1996); Therneau &amp; Atkinson, <i>Concordance</i> vignette
 * of the survival package (2020).
 */
public final class Concordance {
  private Concordance() {}

  /**
   * Concordance of a risk score (higher = shorter expected survival, as a Cox linear predictor).
   *
   * <p><b>Definition.</b> A pair (i, j) is comparable when i has an event at t_i and j is still at
   * risk: t_j &gt; t_i, or t_j = t_i with j censored. It is concordant when score_i &gt; score_j,
   * discordant when score_i &lt; score_j, tied.x when equal. Two events at the same time form a
   * tied.y pair (tied.xy if scores are equal too); they are not comparable. Each pair weighs
   * w_i·w_j. C = (concordant + tied.x/2)/(concordant + discordant + tied.x).
   *
   * <p><b>Variance</b> (R's infinitesimal jackknife): with N = concordant + discordant + tied.x,
   * D = (concordant − discordant)/N (Somers' d) and, for each observation i, c_i, d_i, x_i the
   * weighted numbers of concordant, discordant and tied.x pairs that involve i (as w_j sums),
   * dfbeta_i = w_i[(c_i − d_i)/N − D/N·(c_i + d_i + x_i)], var C = Σ dfbeta_i² / 4.
   *
   * <p>R: {@code concordance(coxph(...))}, i.e.
   * {@code concordancefit(Surv(time, status), lp, weights = w, reverse = TRUE, timefix = FALSE)};
   * {@code fit$concordance} of a {@code coxph} fit holds the same numbers.
   *
   * @param time observation times
   * @param status 1 = event, 0 = censored
   * @param score risk score (no NaN)
   * @param weights case weights or null
   * @return counts, concordance and its standard error
   */
  public static ConcordanceResult compute(double[] time, int[] status, double[] score, double[] weights) {
    double[] w = RiskTable.check(time, status, weights);
    int n = time.length;
    if (score.length != n) {
      throw new IllegalArgumentException("score must have one value per observation");
    }
    double[] distinct = score.clone();
    Arrays.sort(distinct);
    int nr = 0;
    for (int i = 0; i < n; i++) {
      if (Double.isNaN(distinct[i])) {
        throw new IllegalArgumentException("score contains NaN");
      }
      if (i == 0 || distinct[i] != distinct[i - 1]) {
        distinct[nr++] = distinct[i];
      }
    }
    int[] rank = new int[n];
    for (int i = 0; i < n; i++) {
      rank[i] = Arrays.binarySearch(distinct, 0, nr, score[i]);
    }
    Integer[] boxed = new Integer[n];
    for (int i = 0; i < n; i++) {
      boxed[i] = i;
    }
    Arrays.sort(boxed, (p, q) -> Double.compare(time[p], time[q]));
    int[] ord = Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();

    double[] conc = new double[n];
    double[] disc = new double[n];
    double[] tiex = new double[n];
    double concordant = 0;
    double discordant = 0;
    double tiedX = 0;
    double tiedY = 0;
    double tiedXY = 0;

    // Sweep 1, descending time: observation i as the one failing first.
    Fenwick atRisk = new Fenwick(nr);
    int end = n;
    while (end > 0) {
      int start = end - 1;
      while (start > 0 && time[ord[start - 1]] == time[ord[end - 1]]) {
        start--;
      }
      for (int p = start; p < end; p++) {
        int i = ord[p];
        if (status[i] == 0) {
          atRisk.add(rank[i], w[i]);
        }
      }
      double deadW = 0;
      double deadW2 = 0;
      java.util.Map<Integer, double[]> byRank = new java.util.HashMap<>();
      for (int p = start; p < end; p++) {
        int i = ord[p];
        if (status[i] == 1) {
          double below = atRisk.prefix(rank[i] - 1);
          double equal = atRisk.prefix(rank[i]) - below;
          double above = atRisk.total() - below - equal;
          conc[i] += below;
          disc[i] += above;
          tiex[i] += equal;
          concordant += w[i] * below;
          discordant += w[i] * above;
          tiedX += w[i] * equal;
          deadW += w[i];
          deadW2 += w[i] * w[i];
          double[] acc = byRank.computeIfAbsent(rank[i], r -> new double[2]);
          acc[0] += w[i];
          acc[1] += w[i] * w[i];
        }
      }
      double xy = 0;
      for (double[] acc : byRank.values()) {
        xy += (acc[0] * acc[0] - acc[1]) / 2;
      }
      tiedXY += xy;
      tiedY += (deadW * deadW - deadW2) / 2 - xy;
      for (int p = start; p < end; p++) {
        int i = ord[p];
        if (status[i] == 1) {
          atRisk.add(rank[i], w[i]);
        }
      }
      end = start;
    }

    // Sweep 2, ascending time: observation j as the one still at risk.
    Fenwick failed = new Fenwick(nr);
    int begin = 0;
    while (begin < n) {
      int stop = begin + 1;
      while (stop < n && time[ord[stop]] == time[ord[begin]]) {
        stop++;
      }
      for (int pass = 0; pass < 2; pass++) {
        int wanted = pass == 0 ? 1 : 0; // events see strictly earlier events; censored see ties too
        if (pass == 1) {
          for (int p = begin; p < stop; p++) {
            int i = ord[p];
            if (status[i] == 1) {
              failed.add(rank[i], w[i]);
            }
          }
        }
        for (int p = begin; p < stop; p++) {
          int j = ord[p];
          if (status[j] != wanted) {
            continue;
          }
          double below = failed.prefix(rank[j] - 1);
          double equal = failed.prefix(rank[j]) - below;
          double above = failed.total() - below - equal;
          conc[j] += above;
          disc[j] += below;
          tiex[j] += equal;
        }
      }
      begin = stop;
    }

    double npair = concordant + discordant + tiedX;
    double somer = (concordant - discordant) / npair;
    double var = 0;
    for (int i = 0; i < n; i++) {
      double dfbeta = w[i] * ((conc[i] - disc[i]) / npair - somer / npair * (conc[i] + disc[i] + tiex[i]));
      var += dfbeta * dfbeta;
    }
    double c = (concordant + tiedX / 2) / npair;
    return new ConcordanceResult(concordant, discordant, tiedX, tiedY, tiedXY, c, Math.sqrt(var / 4));
  }

  /** Fenwick (binary indexed) tree of weights over score ranks 0..size−1. */
  private static final class Fenwick {
    private final double[] tree;
    private double total;

    Fenwick(int size) {
      tree = new double[size + 1];
    }

    void add(int rank, double w) {
      total += w;
      for (int k = rank + 1; k < tree.length; k += k & -k) {
        tree[k] += w;
      }
    }

    /** Sum of weights with rank ≤ r (0 when r &lt; 0). */
    double prefix(int r) {
      double s = 0;
      for (int k = r + 1; k > 0; k -= k & -k) {
        s += tree[k];
      }
      return s;
    }

    double total() {
      return total;
    }
  }
}
