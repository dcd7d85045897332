package fr.parcours.stats.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ward (ward.D2) and cutree against R.
 *
 * <p>Reference: R 4.2.2 Patched (r83330), {@code stats::hclust(d, method = "ward.D2")} (and
 * {@code members = mvad$weight} for the weighted case), {@code cutree(h, k = 2:8)}; script
 * {@code src/test/r/cluster/cluster_reference.R}. Distances: Euclidean ({@code dist}) on lung
 * (age, ph.karno, wt.loss; complete cases, n = 210) and veteran (karno, diagtime, age; n = 137);
 * Hamming on the 72 mvad months (n = 712, many exact ties). Tolerances: merges, order and cluster
 * numbers exact; heights 1e-9 absolute.
 */
class WardReferenceTest {

  @ParameterizedTest
  @ValueSource(strings = {"lung", "veteran", "mvad", "mvad_weighted"})
  void mergesHeightsOrderAndCutreeEqualR(String name) {
    DistanceMatrix d = RefData.cached(name);
    Dendrogram h =
        name.equals("mvad_weighted") ? Ward.cluster(d, RefData.mvadWeights()) : Ward.cluster(d);

    RefData.Table ref = RefData.table("/cluster/ward_" + name + ".csv");
    assertThat(ref.rows()).hasSize(d.size() - 1);
    int[][] merge = h.merge();
    double[] height = h.height();
    for (int s = 0; s < ref.rows().size(); s++) {
      String[] r = ref.rows().get(s);
      assertThat(merge[s])
          .as("merge step %d", s + 1)
          .containsExactly(Integer.parseInt(r[1]), Integer.parseInt(r[2]));
      assertThat(height[s]).as("height step %d", s + 1).isCloseTo(Double.parseDouble(r[3]), within(1e-9));
    }

    int[] order = RefData.ints(RefData.lines("/cluster/ward_" + name + "_order.txt").get(0));
    int[] javaOrder = h.order();
    for (int i = 0; i < order.length; i++) {
      assertThat(javaOrder[i] + 1).as("order[%d]", i).isEqualTo(order[i]);
    }

    RefData.Table cut = RefData.table("/cluster/ward_" + name + "_cutree.csv");
    for (int k = 2; k <= 8; k++) {
      int col = cut.col("k" + k);
      int[] expected = cut.rows().stream().mapToInt(r -> Integer.parseInt(r[col])).toArray();
      assertThat(h.cutree(k)).as("cutree k=%d", k).containsExactly(expected);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"lung", "veteran"})
  void cutAtHeightMatchesCutIntoK(String name) {
    Dendrogram h = Ward.cluster(RefData.cached(name));
    double[] height = h.height();
    int n = h.size();
    for (int k : List.of(2, 3, 5)) {
      // any height strictly between the (n−k)-th and (n−k+1)-th merge gives k clusters
      double cut = (height[n - k - 1] + height[n - k]) / 2;
      assertThat(h.cutreeAtHeight(cut)).containsExactly(h.cutree(k));
    }
  }
}
