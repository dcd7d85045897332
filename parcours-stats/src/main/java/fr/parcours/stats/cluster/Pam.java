package fr.parcours.stats.cluster;

/**
 * Partitioning Around Medoids (k-medoids; Kaufman &amp; Rousseeuw 1990, ch. 2), exactly as R's
 * {@code cluster::pam(d, k, diss = TRUE)} with its default {@code variant = "original"}.
 *
 * <p>Definition: choose k observations (medoids) minimising the sum over all observations of the
 * dissimilarity to the nearest medoid; the objective reported is that sum divided by n.
 *
 * <p>Algorithm (port of {@code bswap} and {@code cstat} in {@code cluster/src/pam.c}, version
 * 2.1.4):
 *
 * <ol>
 *   <li>BUILD: greedily add the non-medoid i maximising Σ_j max(D_j − d(i, j), 0), D_j being the
 *       distance of j to its nearest medoid so far (initially 1.1·max d + 1). Ties go to the
 *       <em>highest</em> index (R compares with {@code <=}).
 *   <li>SWAP: for every non-medoid h (ascending) and medoid i (ascending) compute the change T_ih
 *       of the objective if i is replaced by h; apply the most negative (the first one on ties)
 *       while it is below −16·ε·|sum| (ε = machine epsilon), as R does to avoid cycling.
 *   <li>Assignment: each observation goes to its nearest medoid (lowest medoid index on ties);
 *       clusters are numbered by order of first appearance of the observations.
 * </ol>
 *
 * <p>Complexity O(k·n²) per swap. Thread-safe (stateless). References: Kaufman L, Rousseeuw PJ
 * (1990). <i>Finding Groups in Data</i>. Wiley; Maechler M et al., R package {@code cluster}.
 */
public final class Pam {

  private Pam() {}

  /**
   * Runs PAM (BUILD then SWAP): R's {@code pam(d, k, diss = TRUE)}.
   *
   * @param d dissimilarities
   * @param k number of clusters, 1 ≤ k ≤ n
   * @return medoids, clustering, objectives and silhouette
   */
  public static PamResult cluster(DistanceMatrix d, int k) {
    int n = d.size();
    if (k < 1 || k > n) {
      throw new IllegalArgumentException("k must be in [1, " + n + "], got " + k);
    }
    boolean[] repr = new boolean[n];
    double[] obj = buildAndSwap(d, n, k, repr);
    int[] nearest = nearestMedoid(d, n, repr);
    int[] clustering = numberByFirstAppearance(nearest, n);
    int[] medoids = new int[k];
    for (int j = 0; j < n; j++) {
      medoids[clustering[j] - 1] = nearest[j];
    }
    Silhouette sil = Silhouette.of(clustering, d);
    return new PamResult(medoids, clustering, obj[0], obj[1], sil);
  }

  /**
   * BUILD + SWAP on {@code d}; sets {@code repr[i]} for the medoids and returns {objective after
   * build, objective after swap}.
   */
  static double[] buildAndSwap(DistanceFunction d, int n, int kk, boolean[] repr) {
    double maxD = 0.0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double v = d.distance(i, j);
        if (maxD < v) {
          maxD = v;
        }
      }
    }
    final double s = maxD * 1.1 + 1.0;
    double[] dysma = new double[n];
    double[] dysmb = new double[n];
    java.util.Arrays.fill(dysma, s);
    // BUILD
    for (int k = 0; k < kk; k++) {
      int nmax = -1;
      double ammax = 0.0;
      for (int i = 0; i < n; i++) {
        if (!repr[i]) {
          double beter = 0.0;
          for (int j = 0; j < n; j++) {
            double cmd = dysma[j] - d.distance(i, j);
            if (cmd > 0.0) {
              beter += cmd;
            }
          }
          if (ammax <= beter) {
            ammax = beter;
            nmax = i;
          }
        }
      }
      repr[nmax] = true;
      for (int j = 0; j < n; j++) {
        double v = d.distance(nmax, j);
        if (dysma[j] > v) {
          dysma[j] = v;
        }
      }
    }
    double sky = 0.0;
    for (int j = 0; j < n; j++) {
      sky += dysma[j];
    }
    double objBuild = sky / n;
    if (kk > 1) {
      while (true) {
        for (int j = 0; j < n; j++) {
          dysma[j] = s;
          dysmb[j] = s;
          for (int i = 0; i < n; i++) {
            if (repr[i]) {
              double v = d.distance(i, j);
              if (dysma[j] > v) {
                dysmb[j] = dysma[j];
                dysma[j] = v;
              } else if (dysmb[j] > v) {
                dysmb[j] = v;
              }
            }
          }
        }
        double dzsky = 1.0;
        int hbest = -1;
        int nbest = -1;
        for (int h = 0; h < n; h++) {
          if (repr[h]) {
            continue;
          }
          for (int i = 0; i < n; i++) {
            if (!repr[i]) {
              continue;
            }
            double dz = 0.0;
            for (int j = 0; j < n; j++) {
              double dhj = d.distance(h, j);
              double dij = d.distance(i, j);
              if (dij == dysma[j]) {
                double small = dysmb[j] > dhj ? dhj : dysmb[j];
                dz += (-dysma[j] + small);
              } else if (dhj < dysma[j]) {
                dz += (-dysma[j] + dhj);
              }
            }
            if (dzsky > dz) {
              dzsky = dz;
              hbest = h;
              nbest = i;
            }
          }
        }
        if (dzsky < -16 * Math.ulp(1.0) * Math.abs(sky)) {
          repr[hbest] = true;
          repr[nbest] = false;
          sky += dzsky;
        } else {
          break;
        }
      }
    }
    return new double[] {objBuild, sky / n};
  }

  /** For each observation, the index of its nearest medoid (itself for a medoid). */
  static int[] nearestMedoid(DistanceFunction d, int n, boolean[] repr) {
    int[] nsend = new int[n];
    for (int j = 0; j < n; j++) {
      if (repr[j]) {
        nsend[j] = j;
      } else {
        double dsmal = Double.POSITIVE_INFINITY;
        int ksmal = -1;
        for (int k = 0; k < n; k++) {
          if (repr[k]) {
            double v = d.distance(k, j);
            if (dsmal > v) {
              dsmal = v;
              ksmal = k;
            }
          }
        }
        nsend[j] = ksmal;
      }
    }
    return nsend;
  }

  /**
   * Numbers groups 1..k by order of first appearance: {@code group[j]} is any label (e.g. the
   * medoid index, 0..n−1).
   */
  static int[] numberByFirstAppearance(int[] group, int labelBound) {
    int[] label = new int[labelBound];
    int[] out = new int[group.length];
    int next = 0;
    for (int j = 0; j < group.length; j++) {
      if (label[group[j]] == 0) {
        label[group[j]] = ++next;
      }
      out[j] = label[group[j]];
    }
    return out;
  }
}
