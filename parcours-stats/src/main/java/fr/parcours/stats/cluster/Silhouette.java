package fr.parcours.stats.cluster;

import java.util.Arrays;

/**
 * Silhouette widths of a partition (Rousseeuw 1987), as R's {@code cluster::silhouette}.
 *
 * <p>Definition: for observation i in cluster A (|A| &gt; 1), a(i) is the mean dissimilarity to
 * the other members of A (divided by |A| − 1), b(i) the smallest, over clusters C ≠ A, of the
 * mean dissimilarity to the members of C, and
 *
 * <pre>
 *   s(i) = 1 − a/b if b &gt; a;   b/a − 1 if b &lt; a;   0 if a = b
 * </pre>
 *
 * (equal to (b − a)/max(a, b); written so as R's C function {@code dark} computes it). s(i) = 0
 * for a singleton cluster; s(i) = 1 if a = 0 &lt; b, −1 if b = 0 &lt; a. The neighbour is the
 * cluster reaching b(i) (lowest number on ties). The average silhouette width is the mean of s(i)
 * over all observations (R's {@code avg.width}); the cluster averages are R's
 * {@code clus.avg.widths}.
 *
 * @param width s(i) per observation (0-based index)
 * @param neighbor neighbouring cluster (1..k) per observation, 0 if there is a single cluster
 * @param clusterAverageWidth mean s(i) within each cluster, index c−1 for cluster c
 * @param averageWidth mean of s(i) over all observations
 */
public record Silhouette(
    double[] width, int[] neighbor, double[] clusterAverageWidth, double averageWidth) {

  /** Defensive copies. */
  public Silhouette {
    width = width.clone();
    neighbor = neighbor.clone();
    clusterAverageWidth = clusterAverageWidth.clone();
  }

  @Override
  public double[] width() {
    return width.clone();
  }

  @Override
  public int[] neighbor() {
    return neighbor.clone();
  }

  @Override
  public double[] clusterAverageWidth() {
    return clusterAverageWidth.clone();
  }

  /**
   * Computes silhouette widths: R's {@code silhouette(clustering, d)} (same values as
   * {@code pam(d, k)$silinfo}, which R lists sorted by cluster and decreasing width).
   *
   * @param clustering cluster number 1..k of each observation (every number 1..k used)
   * @param d dissimilarities between the observations
   * @return widths in observation order, neighbours, averages
   */
  public static Silhouette of(int[] clustering, DistanceFunction d) {
    int n = clustering.length;
    int k = 0;
    for (int c : clustering) {
      if (c < 1) {
        throw new IllegalArgumentException("cluster numbers must be ≥ 1, got " + c);
      }
      k = Math.max(k, c);
    }
    int[] size = new int[k + 1];
    for (int c : clustering) {
      size[c]++;
    }
    for (int c = 1; c <= k; c++) {
      if (size[c] == 0) {
        throw new IllegalArgumentException("cluster " + c + " is empty: number clusters 1..k");
      }
    }
    double[] width = new double[n];
    int[] neighbor = new int[n];
    double[] sum = new double[k + 1];
    double[] perCluster = new double[k + 1];
    for (int i = 0; i < n; i++) {
      Arrays.fill(sum, 0.0);
      for (int l = 0; l < n; l++) {
        if (l != i) {
          sum[clustering[l]] += d.distance(i, l);
        }
      }
      int a = clustering[i];
      double dysb = Double.POSITIVE_INFINITY;
      int nb = 0;
      for (int c = 1; c <= k; c++) {
        if (c != a) {
          double db = sum[c] / size[c];
          if (dysb > db) {
            dysb = db;
            nb = c;
          }
        }
      }
      neighbor[i] = nb;
      double s;
      if (size[a] > 1 && k > 1) {
        double dysa = sum[a] / (size[a] - 1);
        if (dysa > 0.0) {
          if (dysb > 0.0) {
            if (dysb > dysa) {
              s = 1.0 - dysa / dysb;
            } else if (dysb < dysa) {
              s = dysb / dysa - 1.0;
            } else {
              s = 0.0;
            }
            s = Math.max(-1.0, Math.min(1.0, s));
          } else {
            s = -1.0;
          }
        } else {
          s = dysb > 0.0 ? 1.0 : 0.0;
        }
      } else {
        s = 0.0;
      }
      width[i] = s;
      perCluster[a] += s;
    }
    double total = 0.0;
    double[] avg = new double[k];
    for (int c = 1; c <= k; c++) {
      total += perCluster[c];
      avg[c - 1] = perCluster[c] / size[c];
    }
    return new Silhouette(width, neighbor, avg, n == 0 ? Double.NaN : total / n);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Silhouette s
        && Arrays.equals(width, s.width)
        && Arrays.equals(neighbor, s.neighbor)
        && Arrays.equals(clusterAverageWidth, s.clusterAverageWidth)
        && Double.compare(averageWidth, s.averageWidth) == 0;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(width) * 31 + Double.hashCode(averageWidth);
  }

  @Override
  public String toString() {
    return "Silhouette[n=" + width.length + ", averageWidth=" + averageWidth + "]";
  }
}
