package fr.parcours.app.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The chronogram's shares add to 100 % at every age and never reveal a hidden count by difference. */
class ChronogramSharesTest {
  static final int T = 11;

  @Test
  void noHiddenStateGivesAnEmptyBand() {
    assertThat(PathFigures.shares(new long[] {50, 30, 20}, new boolean[3], 100, T)).containsExactly("50,0", "30,0", "20,0", "0,0");
  }

  @Test
  void hiddenStatesGoIntoTheBand() {
    // 5 and 7 hidden (counts zeroed as TrajectoryViews does): the band holds 12 ≥ 11
    assertThat(PathFigures.shares(new long[] {88, 0, 0, 0}, new boolean[] {false, true, true, false}, 100, T))
        .containsExactly("88,0", "s", "s", "0,0", "12,0");
  }

  @Test
  void aBandUnderTheThresholdTakesTheSmallestShownState() {
    // one hidden state of 3: alone, the band would give 3 by difference; the smallest shown state (20) joins it
    assertThat(PathFigures.shares(new long[] {77, 0, 20, 0}, new boolean[] {false, true, false, false}, 100, T))
        .containsExactly("77,0", "s", "c", "0,0", "23,0");
  }

  @Test
  void tooFewObservedPutsEverybodyInTheBand() {
    assertThat(PathFigures.shares(new long[] {0, 0}, new boolean[] {true, true}, 7, T)).containsExactly("s", "s", "100,0");
    assertThat(PathFigures.shares(new long[] {0, 0}, new boolean[2], 0, T)).containsExactly("", "", "");
  }

  @Test
  void randomAgesAddTo100AndTheBandIsNeverASmallCount() {
    Random r = new Random(5);
    for (int run = 0; run < 5_000; run++) {
      int n = 2 + r.nextInt(8);
      long[] counts = new long[n];
      boolean[] hidden = new boolean[n];
      long observed = 0;
      for (int s = 0; s < n; s++) {
        counts[s] = r.nextInt(4) == 0 ? 0 : r.nextInt(3) == 0 ? 1 + r.nextInt(10) : r.nextInt(400);
        observed += counts[s];
        if (counts[s] > 0 && counts[s] < T) {
          hidden[s] = true;
          counts[s] = 0;
        }
      }
      List<String> out = PathFigures.shares(counts, hidden, observed, T);
      assertThat(out).hasSize(n + 1);
      if (observed == 0) continue;
      double sum = 0;
      for (String c : out) if (!c.equals("s") && !c.equals("c")) sum += Double.parseDouble(c.replace(',', '.'));
      assertThat(sum).as("somme %s", out).isCloseTo(100.0, org.assertj.core.data.Offset.offset(0.05 * (n + 1)));
      if (observed < T) continue;
      long band = Math.round(Double.parseDouble(out.get(n).replace(',', '.')) * observed / 100);
      assertThat(band == 0 || band >= T - 1).as("bande %s sur %d", out, observed).isTrue();
      for (int s = 0; s < n; s++) {
        if (hidden[s]) assertThat(out.get(s)).isEqualTo("s");
        // a hidden state never stands alone in the band
        if (hidden[s]) assertThat(out.subList(0, n).stream().filter(c -> c.equals("s") || c.equals("c")).count()).as("%s", out).isGreaterThanOrEqualTo(
            out.subList(0, n).stream().filter(c -> c.equals("s")).count() == 1 ? 2 : 1);
      }
    }
  }
}
