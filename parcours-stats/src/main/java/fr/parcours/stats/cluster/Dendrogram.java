package fr.parcours.stats.cluster;

import java.util.Arrays;

/**
 * The result of a hierarchical agglomeration, in the conventions of R's {@code hclust} objects.
 *
 * <ul>
 *   <li>{@code merge}: n−1 rows of two entries. Row s (0-based; R's step s+1) merges two groups;
 *       a negative entry −j is the singleton observation j (1-based, as in R), a positive entry
 *       m is the group formed at R's step m (1-based). Singletons come first; two groups are
 *       listed smaller step first. This is R's {@code h$merge} exactly.
 *   <li>{@code height}: the n−1 criterion values, R's {@code h$height}.
 *   <li>{@code order}: the permutation of 0-based observation indices for drawing the
 *       dendrogram without crossings: R's {@code h$order − 1}.
 * </ul>
 *
 * @param merge n−1 × 2 merge matrix (R sign convention, 1-based)
 * @param height merge heights
 * @param order leaf order, 0-based observation indices
 */
public record Dendrogram(int[][] merge, double[] height, int[] order) {

  /** Validates lengths and takes defensive copies. */
  public Dendrogram {
    int n = order.length;
    if (merge.length != Math.max(0, n - 1) || height.length != merge.length) {
      throw new IllegalArgumentException(
          "a dendrogram of " + n + " leaves needs " + (n - 1) + " merges and heights");
    }
    int[][] m = new int[merge.length][];
    for (int s = 0; s < merge.length; s++) {
      if (merge[s].length != 2) {
        throw new IllegalArgumentException("merge row " + (s + 1) + " must have two entries");
      }
      m[s] = merge[s].clone();
    }
    merge = m;
    height = height.clone();
    order = order.clone();
  }

  /** Number of observations (leaves). */
  public int size() {
    return order.length;
  }

  @Override
  public int[][] merge() {
    int[][] m = new int[merge.length][];
    for (int s = 0; s < merge.length; s++) {
      m[s] = merge[s].clone();
    }
    return m;
  }

  @Override
  public double[] height() {
    return height.clone();
  }

  @Override
  public int[] order() {
    return order.clone();
  }

  /**
   * Cuts the tree into {@code k} groups, as R's {@code cutree(h, k = k)}.
   *
   * <p>Definition: apply the first n−k merges; each resulting group is one cluster. Convention:
   * clusters are numbered 1..k by order of first appearance of the observations (observation 0
   * is always in cluster 1), exactly as R numbers them.
   *
   * @param k number of clusters, 1 ≤ k ≤ n
   * @return cluster number (1..k) of each observation, indexed by 0-based observation
   */
  public int[] cutree(int k) {
    int n = size();
    if (k < 1 || k > n) {
      throw new IllegalArgumentException("k must be in [1, " + n + "], got " + k);
    }
    // groupOf[step] = representative leaf of the group formed at that step
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    int[] stepLeaf = new int[Math.max(0, n - 1)];
    for (int s = 0; s < n - k; s++) {
      int a = leaf(merge[s][0], stepLeaf);
      int b = leaf(merge[s][1], stepLeaf);
      int ra = find(parent, a);
      int rb = find(parent, b);
      parent[rb] = ra;
      stepLeaf[s] = ra;
    }
    int[] rootLabel = new int[n];
    int[] cluster = new int[n];
    int next = 0;
    for (int i = 0; i < n; i++) {
      int r = find(parent, i);
      if (rootLabel[r] == 0) {
        rootLabel[r] = ++next;
      }
      cluster[i] = rootLabel[r];
    }
    return cluster;
  }

  /**
   * Cuts the tree at height {@code h}, as R's {@code cutree(hc, h = h)}: the number of clusters is
   * k = n − #{heights ≤ h}, then {@link #cutree(int)}. Requires non-decreasing heights (always the
   * case for Ward's method), as R does.
   *
   * @param h cut height
   * @return cluster number (1..k) of each observation
   */
  public int[] cutreeAtHeight(double h) {
    for (int s = 1; s < height.length; s++) {
      if (height[s] < height[s - 1]) {
        throw new IllegalStateException("heights are not sorted: cannot cut at a height");
      }
    }
    int below = 0;
    for (double v : height) {
      if (v <= h) {
        below++;
      }
    }
    return cutree(size() - below);
  }

  private static int leaf(int entry, int[] stepLeaf) {
    return entry < 0 ? -entry - 1 : stepLeaf[entry - 1];
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Dendrogram d
        && Arrays.deepEquals(merge, d.merge)
        && Arrays.equals(height, d.height)
        && Arrays.equals(order, d.order);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.deepHashCode(merge) + Arrays.hashCode(height)) + Arrays.hashCode(order);
  }

  @Override
  public String toString() {
    return "Dendrogram[n=" + size() + ", top height=" + (height.length == 0 ? "-" : height[height.length - 1]) + "]";
  }
}
