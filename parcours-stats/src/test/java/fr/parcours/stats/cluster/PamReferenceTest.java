package fr.parcours.stats.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * PAM and silhouette against R.
 *
 * <p>Reference: R 4.2.2 Patched (r83330), cluster 2.1.4, {@code pam(d, k, diss = TRUE)} and its
 * {@code silinfo} (script {@code src/test/r/cluster/cluster_reference.R}); same distances as
 * {@link WardReferenceTest}. Tolerances: medoids and clustering exact; objectives and silhouette
 * widths 1e-9 absolute.
 */
class PamReferenceTest {

  @ParameterizedTest
  @CsvSource({"lung, 3", "veteran, 4", "mvad, 4"})
  void medoidsClusteringObjectiveAndSilhouetteEqualR(String name, int k) {
    DistanceMatrix d = RefData.cached(name);
    PamResult p = Pam.cluster(d, k);

    Map<String, String> sum = RefData.summary("/cluster/pam_" + name + "_k" + k + "_summary.txt");
    int[] medoids = Arrays.stream(p.medoids()).map(i -> i + 1).toArray();
    assertThat(medoids).containsExactly(RefData.ints(sum.get("medoids")));
    assertThat(p.clustering()).containsExactly(RefData.ints(sum.get("clustering")));
    assertThat(p.objectiveBuild())
        .isCloseTo(Double.parseDouble(sum.get("objective_build")), within(1e-9));
    assertThat(p.objectiveSwap())
        .isCloseTo(Double.parseDouble(sum.get("objective_swap")), within(1e-9));
    assertThat(p.silhouette().averageWidth())
        .isCloseTo(Double.parseDouble(sum.get("avg_width")), within(1e-9));
    String[] clus = sum.get("clus_avg_widths").split(" ");
    for (int c = 0; c < k; c++) {
      assertThat(p.silhouette().clusterAverageWidth()[c])
          .isCloseTo(Double.parseDouble(clus[c]), within(1e-9));
    }

    RefData.Table sil = RefData.table("/cluster/pam_" + name + "_k" + k + ".csv");
    double[] w = p.silhouette().width();
    int[] nb = p.silhouette().neighbor();
    for (String[] r : sil.rows()) {
      int obs = Integer.parseInt(r[0]) - 1;
      assertThat(p.clustering()[obs]).isEqualTo(Integer.parseInt(r[1]));
      assertThat(nb[obs]).as("neighbor of %d", obs + 1).isEqualTo(Integer.parseInt(r[2]));
      assertThat(w[obs]).as("width of %d", obs + 1).isCloseTo(Double.parseDouble(r[3]), within(1e-9));
    }
  }
}
