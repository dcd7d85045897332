package fr.parcours.stats.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Fast implementations against plain textbook versions, on random data (jqwik). */
class ClusterPropertiesTest {

  /**
   * Ward: each merge joins the two current groups with the smallest Ward distance
   * √(2·n_a·n_b/(n_a+n_b))·‖c_a − c_b‖ computed from the centroids (no Lance–Williams), and its
   * height is that distance. Continuous random points: no ties.
   */
  @Property(tries = 40)
  void wardEqualsTextbookCentroidWard(
      @ForAll @IntRange(min = 2, max = 40) int n, @ForAll long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[][] x = new double[n][3];
    for (double[] p : x) {
      for (int c = 0; c < 3; c++) {
        p[c] = rng.nextDouble() * 10;
      }
    }
    Dendrogram h = Ward.cluster(RefData.euclidean(x));

    List<List<Integer>> groups = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      groups.add(new ArrayList<>(List.of(i)));
    }
    double[] heights = h.height();
    for (int s = 0; s < n - 1; s++) {
      double best = Double.POSITIVE_INFINITY;
      int ba = -1;
      int bb = -1;
      for (int a = 0; a < groups.size(); a++) {
        for (int b = a + 1; b < groups.size(); b++) {
          double w = wardDistance(x, groups.get(a), groups.get(b));
          if (w < best) {
            best = w;
            ba = a;
            bb = b;
          }
        }
      }
      assertThat(heights[s]).as("height %d", s).isCloseTo(best, within(1e-9 * (1 + best)));
      groups.get(ba).addAll(groups.remove(bb));
      int k = n - s - 1;
      assertThat(samePartition(h.cutree(k), groups, n)).as("partition at k=%d", k).isTrue();
    }
  }

  /** PAM: the objective is the mean distance to the nearest medoid, and no swap improves it. */
  @Property(tries = 40)
  void pamIsALocalOptimumOfItsObjective(
      @ForAll @IntRange(min = 3, max = 30) int n,
      @ForAll @IntRange(min = 1, max = 4) int kRaw,
      @ForAll long seed) {
    int k = Math.min(kRaw, n - 1);
    SplittableRandom rng = new SplittableRandom(seed);
    double[][] x = new double[n][2];
    for (double[] p : x) {
      p[0] = rng.nextInt(10);
      p[1] = rng.nextInt(10);
    }
    DistanceMatrix d = RefData.euclidean(x);
    PamResult r = Pam.cluster(d, k);
    int[] med = r.medoids();
    assertThat(r.objectiveSwap()).isCloseTo(cost(d, med), within(1e-9));
    assertThat(r.objectiveSwap()).isLessThanOrEqualTo(r.objectiveBuild() + 1e-12);
    for (int c = 0; c < k; c++) {
      for (int h = 0; h < n; h++) {
        final int cand = h;
        if (Arrays.stream(med).anyMatch(m -> m == cand)) {
          continue;
        }
        int[] swapped = med.clone();
        swapped[c] = h;
        assertThat(cost(d, swapped)).isGreaterThanOrEqualTo(r.objectiveSwap() - 1e-9);
      }
    }
    // each observation is in the cluster of (one of) its nearest medoid(s)
    for (int i = 0; i < n; i++) {
      double own = d.distance(i, med[r.clustering()[i] - 1]);
      for (int m : med) {
        assertThat(own).isLessThanOrEqualTo(d.distance(i, m));
      }
    }
  }

  /** Silhouette against the textbook (b − a)/max(a, b). */
  @Property(tries = 40)
  void silhouetteEqualsTextbookFormula(
      @ForAll @IntRange(min = 4, max = 30) int n, @ForAll long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[][] x = new double[n][2];
    for (double[] p : x) {
      p[0] = rng.nextDouble();
      p[1] = rng.nextDouble();
    }
    DistanceMatrix d = RefData.euclidean(x);
    int[] cl = new int[n];
    for (int i = 0; i < n; i++) {
      cl[i] = i < 3 ? i + 1 : 1 + rng.nextInt(3);
    }
    Silhouette s = Silhouette.of(cl, d);
    double total = 0;
    for (int i = 0; i < n; i++) {
      double[] sum = new double[4];
      int[] cnt = new int[4];
      for (int j = 0; j < n; j++) {
        if (j != i) {
          sum[cl[j]] += d.distance(i, j);
          cnt[cl[j]]++;
        }
      }
      double expected;
      if (cnt[cl[i]] == 0) {
        expected = 0;
      } else {
        double a = sum[cl[i]] / cnt[cl[i]];
        double b = Double.POSITIVE_INFINITY;
        for (int c = 1; c <= 3; c++) {
          if (c != cl[i]) {
            b = Math.min(b, sum[c] / cnt[c]);
          }
        }
        expected = (b - a) / Math.max(a, b);
      }
      assertThat(s.width()[i]).isCloseTo(expected, within(1e-12));
      total += expected;
    }
    assertThat(s.averageWidth()).isCloseTo(total / n, within(1e-12));
  }

  @Test
  void distanceMatrixLayoutIsRDist() {
    double[][] full = {{0, 1, 2, 3}, {1, 0, 4, 5}, {2, 4, 0, 6}, {3, 5, 6, 0}};
    DistanceMatrix d = DistanceMatrix.ofFull(full);
    // as.vector(as.dist(full)) in R: column-wise lower triangle
    assertThat(d.toLowerTriangle()).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(DistanceMatrix.ofLowerTriangle(4, d.toLowerTriangle()).distance(3, 2)).isEqualTo(6);
    assertThat(d.distance(2, 2)).isZero();
    full[2][1] = 7;
    assertThatThrownBy(() -> DistanceMatrix.ofFull(full))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 3, column 2");
  }

  private static double wardDistance(double[][] x, List<Integer> a, List<Integer> b) {
    double[] ca = centroid(x, a);
    double[] cb = centroid(x, b);
    double ss = 0;
    for (int c = 0; c < ca.length; c++) {
      ss += (ca[c] - cb[c]) * (ca[c] - cb[c]);
    }
    return Math.sqrt(2.0 * a.size() * b.size() / (a.size() + b.size()) * ss);
  }

  private static double[] centroid(double[][] x, List<Integer> g) {
    double[] c = new double[x[0].length];
    for (int i : g) {
      for (int d = 0; d < c.length; d++) {
        c[d] += x[i][d] / g.size();
      }
    }
    return c;
  }

  private static boolean samePartition(int[] labels, List<List<Integer>> groups, int n) {
    Map<Integer, Integer> groupOf = new HashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      for (int i : groups.get(g)) {
        groupOf.put(i, g);
      }
    }
    Map<Integer, Integer> labelToGroup = new HashMap<>();
    Map<Integer, Integer> groupToLabel = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Integer g1 = labelToGroup.putIfAbsent(labels[i], groupOf.get(i));
      Integer l1 = groupToLabel.putIfAbsent(groupOf.get(i), labels[i]);
      if ((g1 != null && !g1.equals(groupOf.get(i))) || (l1 != null && l1 != labels[i])) {
        return false;
      }
    }
    return true;
  }

  private static double cost(DistanceMatrix d, int[] medoids) {
    double s = 0;
    for (int i = 0; i < d.size(); i++) {
      double best = Double.POSITIVE_INFINITY;
      for (int m : medoids) {
        best = Math.min(best, d.distance(i, m));
      }
      s += best;
    }
    return s / d.size();
  }
}
