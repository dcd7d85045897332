package fr.parcours.trajectory.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.model.PersonRecords;
import fr.parcours.trajectory.Records;
import fr.parcours.trajectory.Trajectories;
import fr.parcours.trajectory.indicator.PersonIndicators;
import fr.parcours.trajectory.spell.TrajectorySettings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cohort aggregate is mergeable: any split, merged, gives the tables of the whole. */
class CohortAggregateTest {
  static List<PersonIndicators> persons() {
    Trajectories t = new Trajectories(TrajectorySettings.DEFAULT);
    Random rng = new Random(42);
    List<PersonIndicators> out = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      LocalDate birth = LocalDate.of(1985 + rng.nextInt(20), 1 + rng.nextInt(12), 1 + rng.nextInt(28));
      LocalDate start = birth.plusDays(365L * (10 + rng.nextInt(6)));
      LocalDate d18 = birth.plusYears(18);
      Records r = Records.person("P" + i, birth.toString())
          .measure("M" + i, "PJ", "JUD", start.toString(), d18.minusDays(1).toString(), "MAJORITE")
          .place("L" + i, "M" + i, rng.nextBoolean() ? "AF" : "MECS", start.toString(), d18.minusDays(1).toString());
      if (rng.nextDouble() < 0.7) {
        r.measure("C" + i, "CJM", "ADM", d18.toString(), d18.plusMonths(6 + rng.nextInt(30)).toString(), "AUTONOMIE");
      }
      if (rng.nextDouble() < 0.2) r.rsa(d18.plusYears(2).toString());
      PersonRecords pr = r.build();
      out.add(t.indicators(pr, t.build(pr, LocalDate.of(2025, 12, 31))));
    }
    return out;
  }

  @Test
  void mergingPartsGivesTheWhole() {
    List<PersonIndicators> all = persons();
    CohortSpec spec = new CohortSpec(CohortAxis.MAJORITY_YEAR, true, false, false);
    CohortAggregate whole = new CohortAggregate(spec);
    all.forEach(whole::add);
    CohortAggregate a = new CohortAggregate(spec);
    CohortAggregate b = new CohortAggregate(spec);
    for (int i = 0; i < all.size(); i++) (i % 3 == 0 ? a : b).add(all.get(i));
    CohortTables w = whole.tables();
    CohortTables m = a.merge(b).tables();
    assertThat(m.persons()).isEqualTo(w.persons()).isEqualTo(400);
    for (int i = 0; i < w.counts().size(); i++) {
      assertThat(m.counts().get(i).keys()).isEqualTo(w.counts().get(i).keys());
      assertThat(m.counts().get(i).counts()).isDeepEqualTo(w.counts().get(i).counts());
    }
    for (int i = 0; i < w.medians().size(); i++) {
      assertThat(m.medians().get(i).medians()).containsExactly(w.medians().get(i).medians());
      assertThat(m.medians().get(i).counts()).containsExactly(w.medians().get(i).counts());
    }
    // every person placed on the eve of 18 is in the CJM table, observed (all are 19 by 2025)
    CountTable cjm = w.counts().get(0);
    long total = 0;
    for (long[] row : cjm.counts()) total += row[0] + row[1] + row[2];
    assertThat(cjm.name()).isEqualTo("acces_cjm");
    assertThat(total).isEqualTo(400);
  }

  @Test
  void medianIsTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
    var h = new java.util.TreeMap<Long, Long>();
    h.put(10L, 1L);
    h.put(20L, 1L);
    h.put(40L, 2L);
    assertThat(CohortAggregate.median(h, 4)).isEqualTo(3.0); // values 1, 2, 4, 4 → (2 + 4) / 2
    h.put(50L, 1L);
    assertThat(CohortAggregate.median(h, 5)).isEqualTo(4.0);
  }
}
