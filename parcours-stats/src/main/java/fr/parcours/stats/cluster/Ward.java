package fr.parcours.stats.cluster;

/**
 * Ward's minimum-variance hierarchical agglomeration, {@code ward.D2} variant: the same merges,
 * heights and leaf order as R's {@code hclust(d, method = "ward.D2")} (optionally with
 * {@code members = w}).
 *
 * <p>Definition (Murtagh &amp; Legendre 2014, "Ward's criterion"): start with singletons; at each
 * step merge the two groups with the smallest Ward dissimilarity. Dissimilarities are squared
 * first and updated with the Lance–Williams formula, for groups i, j merged and any other group
 * k of sizes (members) n_i, n_j, n_k:
 *
 * <pre>
 *   D²(i∪j, k) = [ (n_i + n_k) D²(i,k) + (n_j + n_k) D²(j,k) − n_k D²(i,j) ] / (n_i + n_j + n_k)
 * </pre>
 *
 * and the height of a merge is the square root of the merged D². With Euclidean input, the
 * height is √(2·increase of the within-group sum of squares).
 *
 * <p>Algorithm and tie-breaking: a line-for-line port of R's Fortran {@code HCLUST} (F. Murtagh,
 * 1986; nearest-neighbour list, O(n²) memory) and {@code HCASS2} (merge matrix and order). Ties
 * are broken as R does: among equal smallest dissimilarities, the pair whose smaller index is
 * lowest wins; the merged group keeps the lower index. The arithmetic is performed in the same
 * order, so merges and heights are bit-identical to R's on the same input.
 *
 * <p>Weights: {@code members} are the initial group sizes n_i (R's {@code members} argument; this
 * is how WeightedCluster and TraMineR users weight observations in Ward's method). Default 1.
 *
 * <p>Thread-safe (stateless). Reference: R Core Team, {@code stats/src/hclust.f}; Murtagh F,
 * Legendre P (2014). Ward's hierarchical agglomerative clustering method: which algorithms
 * implement Ward's criterion? <i>Journal of Classification</i> 31, 274–295.
 */
public final class Ward {

  private Ward() {}

  /**
   * Ward agglomeration with unit members: R's {@code hclust(d, method = "ward.D2")}.
   *
   * @param d dissimilarities (need not be Euclidean)
   * @return merges, heights and leaf order in R's conventions
   */
  public static Dendrogram cluster(DistanceMatrix d) {
    double[] members = new double[d.size()];
    java.util.Arrays.fill(members, 1.0);
    return run(d, members);
  }

  /**
   * Weighted Ward agglomeration: R's {@code hclust(d, method = "ward.D2", members = members)}.
   *
   * @param d dissimilarities
   * @param members positive initial size (weight) of each observation
   * @return merges, heights and leaf order in R's conventions
   */
  public static Dendrogram cluster(DistanceMatrix d, double[] members) {
    if (members.length != d.size()) {
      throw new IllegalArgumentException(
          "members has " + members.length + " values for " + d.size() + " objects");
    }
    for (int i = 0; i < members.length; i++) {
      if (!(members[i] > 0) || Double.isInfinite(members[i])) {
        throw new IllegalArgumentException(
            "members[" + i + "] must be finite and positive, got " + members[i]);
      }
    }
    return run(d, members.clone());
  }

  private static Dendrogram run(DistanceMatrix d, double[] membr) {
    final int n = d.size();
    if (n < 2) {
      return new Dendrogram(new int[0][], new double[0], new int[n]);
    }
    final double inf = 1.0e300;
    // diss[] is R's DISS, 1-based IOFFST mapped to 0-based positions.
    double[] diss = d.toLowerTriangle();
    for (int p = 0; p < diss.length; p++) {
      diss[p] = diss[p] * diss[p];
    }
    boolean[] flag = new boolean[n + 1];
    int[] nn = new int[n + 1];
    double[] disnn = new double[n + 1];
    int[] ia = new int[n];
    int[] ib = new int[n];
    double[] crit = new double[n];
    double[] m = new double[n + 1];
    for (int i = 1; i <= n; i++) {
      flag[i] = true;
      m[i] = membr[i - 1];
    }
    int ncl = n;
    int im = 0;
    int jj = 0;
    int jm = 0;
    for (int i = 1; i <= n - 1; i++) {
      double dmin = inf;
      for (int j = i + 1; j <= n; j++) {
        int ind = ioffst(n, i, j);
        if (dmin > diss[ind]) {
          dmin = diss[ind];
          jm = j;
        }
      }
      nn[i] = jm;
      disnn[i] = dmin;
    }
    do {
      double dmin = inf;
      for (int i = 1; i <= n - 1; i++) {
        if (flag[i] && disnn[i] < dmin) {
          dmin = disnn[i];
          im = i;
          jm = nn[i];
        }
      }
      ncl--;
      int i2 = Math.min(im, jm);
      int j2 = Math.max(im, jm);
      ia[n - ncl - 1] = i2;
      ib[n - ncl - 1] = j2;
      crit[n - ncl - 1] = Math.sqrt(dmin);
      flag[j2] = false;

      dmin = inf;
      for (int k = 1; k <= n; k++) {
        if (flag[k] && k != i2) {
          int ind1 = i2 < k ? ioffst(n, i2, k) : ioffst(n, k, i2);
          int ind2 = j2 < k ? ioffst(n, j2, k) : ioffst(n, k, j2);
          double d12 = diss[ioffst(n, i2, j2)];
          double v = (m[i2] + m[k]) * diss[ind1] + (m[j2] + m[k]) * diss[ind2] - m[k] * d12;
          diss[ind1] = v / (m[i2] + m[j2] + m[k]);
          if (i2 < k) {
            if (diss[ind1] < dmin) {
              dmin = diss[ind1];
              jj = k;
            }
          } else if (diss[ind1] < disnn[k]) {
            disnn[k] = diss[ind1];
            nn[k] = i2;
          }
        }
      }
      m[i2] = m[i2] + m[j2];
      disnn[i2] = dmin;
      nn[i2] = jj;

      for (int i = 1; i <= n - 1; i++) {
        if (flag[i] && (nn[i] == i2 || nn[i] == j2)) {
          double dm = inf;
          for (int j = i + 1; j <= n; j++) {
            if (flag[j]) {
              int ind = ioffst(n, i, j);
              if (diss[ind] < dm) {
                dm = diss[ind];
                jj = j;
              }
            }
          }
          nn[i] = jj;
          disnn[i] = dm;
        }
      }
    } while (ncl > 1);
    return hcass2(n, ia, ib, crit);
  }

  /** 0-based position of R's IOFFST(N, I, J), 1-based I &lt; J. */
  private static int ioffst(int n, int i, int j) {
    return (int) (j + (long) (i - 1) * n - ((long) i * (i + 1)) / 2) - 1;
  }

  /** Port of R's HCASS2: R's merge sign convention and the dendrogram order. */
  private static Dendrogram hcass2(int n, int[] ia, int[] ib, double[] crit) {
    // 1-based arrays of length n-1 held at indices 0..n-2 (step s is index s-1)
    int steps = n - 1;
    int[] iia = new int[steps];
    int[] iib = new int[steps];
    for (int i = 0; i < steps; i++) {
      iia[i] = ia[i];
      iib[i] = ib[i];
    }
    for (int i = 0; i < steps - 1; i++) {
      int k = Math.min(ia[i], ib[i]);
      for (int j = i + 1; j < steps; j++) {
        if (ia[j] == k) {
          iia[j] = -(i + 1);
        }
        if (ib[j] == k) {
          iib[j] = -(i + 1);
        }
      }
    }
    for (int i = 0; i < steps; i++) {
      iia[i] = -iia[i];
      iib[i] = -iib[i];
    }
    for (int i = 0; i < steps; i++) {
      if (iia[i] > 0 && iib[i] < 0) {
        int k = iia[i];
        iia[i] = iib[i];
        iib[i] = k;
      }
      if (iia[i] > 0 && iib[i] > 0) {
        int k1 = Math.min(iia[i], iib[i]);
        int k2 = Math.max(iia[i], iib[i]);
        iia[i] = k1;
        iib[i] = k2;
      }
    }
    // order: expand the last merge recursively (R's "NEW PART FOR ORDER")
    int[] iorder = new int[n];
    iorder[0] = iia[steps - 1];
    iorder[1] = iib[steps - 1];
    int loc = 2; // number of filled entries
    for (int i = steps - 1; i >= 1; i--) {
      for (int j = 0; j < loc; j++) {
        if (iorder[j] == i) {
          iorder[j] = iia[i - 1];
          if (j == loc - 1) {
            iorder[loc] = iib[i - 1];
            loc++;
          } else {
            System.arraycopy(iorder, j + 1, iorder, j + 2, loc - j - 1);
            iorder[j + 1] = iib[i - 1];
            loc++;
          }
          break;
        }
      }
    }
    int[][] merge = new int[steps][2];
    for (int i = 0; i < steps; i++) {
      merge[i][0] = iia[i];
      merge[i][1] = iib[i];
    }
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = -iorder[i] - 1;
    }
    return new Dendrogram(merge, java.util.Arrays.copyOf(crit, steps), order);
  }
}
