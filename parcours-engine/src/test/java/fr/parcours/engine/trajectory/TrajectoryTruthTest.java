package fr.parcours.engine.trajectory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.trajectory.spell.Spell;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rebuilt trajectories against the generator's true spells ({@code verite/episodes.csv}): equal for
 * every person on a clean extract; on a dirty one, the share that differs is reported and bounded.
 */
class TrajectoryTruthTest {
  @TempDir Path tmp;

  @Test
  void onACleanExtractEveryRebuiltTrajectoryEqualsTheTrueOne() throws Exception {
    Truth truth = new Truth(tmp, 5000, 0);
    Map<String, List<Spell>> rebuilt = truth.rebuiltSpells();
    List<String> different = new ArrayList<>();
    for (String v : truth.persons.keySet()) {
      if (!truth.spells.get(v).equals(rebuilt.get(truth.sourceId(v)))) different.add(v);
    }
    assertThat(truth.persons).hasSize(5000);
    assertThat(different).as("personnes dont la trajectoire reconstruite diffère de la vérité").isEmpty();
    assertThat(TrajectoryTruthTestSupport.count(truth, "SELECT count(*) FROM trajectory_flags")).isZero();
    // the monthly rule applied to the true spells gives the stored monthly sequences, on both axes
    Map<String, String> stored = new java.util.HashMap<>();
    for (Object[] r : TrajectoryTruthTestSupport.rows(truth, "SELECT person_id || axis, sps FROM sequences_monthly")) {
      stored.put((String) r[0], (String) r[1]);
    }
    var rule = new fr.parcours.trajectory.Trajectories(fr.parcours.trajectory.spell.TrajectorySettings.DEFAULT).monthlyRule();
    var alphabet = fr.parcours.trajectory.spell.StateAlphabet.DEFAULT;
    for (String v : truth.persons.keySet()) {
      List<Spell> sp = truth.spells.get(v);
      var t = new fr.parcours.trajectory.spell.Timeline(truth.sourceId(v), java.time.LocalDate.parse(truth.persons.get(v).get("date_naissance")),
          sp.get(0).start(), sp.get(sp.size() - 1).end(), java.time.LocalDate.of(2025, 12, 31), sp, List.of(), List.of());
      assertThat(rule.byAge(t).toSps(alphabet)).as(v).isEqualTo(stored.get(truth.sourceId(v) + "AGE"));
      assertThat(rule.byCalendar(t, java.time.YearMonth.of(1990, 1)).toSps(alphabet)).as(v).isEqualTo(stored.get(truth.sourceId(v) + "CALENDRIER"));
    }
  }

  /**
   * Bound: each injected dirt touches one unit (a person, or one row) of one true person, so the
   * persons whose trajectory can differ are at most the number of injected dirts that can change a
   * trajectory (union bound). ENCODAGE_MELANGE (names only) and MESURE_EN_DOUBLE (an identical
   * copy paints the same state) cannot. With --dirt 0.02 that is about 10 % of persons (see
   * docs/trajectoires.md); the test asserts the exact union bound from verite/comptes.csv.
   */
  @Test
  void onADirtyExtractTheShareThatDiffersStaysBelowTheDirtBound() throws Exception {
    Truth truth = new Truth(tmp, 5000, 0.02);
    Map<String, List<Spell>> rebuilt = truth.rebuiltSpells();
    int different = 0;
    for (String v : truth.persons.keySet()) {
      if (!truth.spells.get(v).equals(rebuilt.get(truth.sourceId(v)))) different++;
    }
    long bound = 0;
    for (Map.Entry<String, Long> e : truth.dirtCounts().entrySet()) {
      if (!Set.of("ENCODAGE_MELANGE", "MESURE_EN_DOUBLE").contains(e.getKey())) bound += e.getValue();
    }
    double share = different / (double) truth.persons.size();
    System.out.printf(java.util.Locale.ROOT, "extrait sali à 0,02 : %d personnes sur %d diffèrent de la vérité (%.2f %%), borne %d (%.2f %%)%n",
        different, truth.persons.size(), 100 * share, bound, 100.0 * bound / truth.persons.size());
    assertThat(different).isPositive().isLessThanOrEqualTo((int) bound);
    assertThat(share).isLessThan(0.12);
  }
}
