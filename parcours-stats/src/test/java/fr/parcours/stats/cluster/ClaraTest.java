package fr.parcours.stats.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** CLARA: equals PAM on the whole data, recovers planted groups, deterministic for a seed. */
class ClaraTest {

  @Test
  void withTheWholeDataAsSampleItEqualsPam() {
    DistanceMatrix d = RefData.cached("lung");
    PamResult pam = Pam.cluster(d, 3);
    ClaraResult clara =
        Clara.cluster(d.size(), d, new ClaraSettings(3, 5, d.size(), 42L, false));
    assertThat(clara.medoids()).containsExactly(pam.medoids());
    assertThat(clara.clustering()).containsExactly(pam.clustering());
    assertThat(clara.objective())
        .isCloseTo(pam.objectiveSwap(), org.assertj.core.api.Assertions.within(1e-12));
  }

  /** Three well separated Gaussian groups of 1,000 points in the plane, planted labels. */
  @Test
  void recoversPlantedGroupsWithoutAFullMatrix() {
    int n = 3000;
    double[][] x = new double[n][2];
    int[] planted = new int[n];
    double[][] centres = {{0, 0}, {20, 0}, {0, 20}};
    SplittableRandom rng = new SplittableRandom(7);
    for (int i = 0; i < n; i++) {
      int g = i % 3;
      planted[i] = g;
      x[i][0] = centres[g][0] + gaussian(rng);
      x[i][1] = centres[g][1] + gaussian(rng);
    }
    DistanceFunction euclid = (i, j) -> Math.hypot(x[i][0] - x[j][0], x[i][1] - x[j][1]);
    ClaraResult r = Clara.cluster(n, euclid, ClaraSettings.defaults(3, 2024L));

    Map<Integer, Integer> map = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Integer previous = map.putIfAbsent(planted[i], r.clustering()[i]);
      assertThat(previous == null ? r.clustering()[i] : previous)
          .as("object %d", i)
          .isEqualTo(r.clustering()[i]);
    }
    assertThat(map.values()).containsExactlyInAnyOrder(1, 2, 3);
    assertThat(r.sampleObjectives()).hasSize(5);
    assertThat(r.objective()).isEqualTo(r.sampleObjectives()[r.bestSample()]);
  }

  @Test
  void sameSeedSameResultParallelOrNot() {
    DistanceMatrix d = RefData.cached("veteran");
    ClaraResult a = Clara.cluster(d.size(), d, new ClaraSettings(4, 6, 30, 11L, false));
    ClaraResult b = Clara.cluster(d.size(), d, new ClaraSettings(4, 6, 30, 11L, true));
    assertThat(a).isEqualTo(b);
    // the objective is the mean distance to the nearest retained medoid
    double sum = 0;
    for (int i = 0; i < d.size(); i++) {
      double best = Double.POSITIVE_INFINITY;
      for (int m : a.medoids()) {
        best = Math.min(best, d.distance(i, m));
      }
      sum += best;
    }
    assertThat(a.objective()).isCloseTo(sum / d.size(), org.assertj.core.api.Assertions.within(1e-12));
    // PAM on the whole data is at least as good as any CLARA sample (it is a full search)
    assertThat(Pam.cluster(d, 4).objectiveSwap()).isLessThanOrEqualTo(a.objective() + 1e-12);
  }

  private static double gaussian(SplittableRandom rng) {
    double u = rng.nextDouble();
    double v = rng.nextDouble();
    return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
  }
}
