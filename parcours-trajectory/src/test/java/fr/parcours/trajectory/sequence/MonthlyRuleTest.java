package fr.parcours.trajectory.sequence;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.trajectory.Records;
import fr.parcours.trajectory.Trajectories;
import fr.parcours.trajectory.Trajectory;
import fr.parcours.trajectory.spell.StateAlphabet;
import fr.parcours.trajectory.spell.TrajectorySettings;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The monthly rule and its allocation-free date arithmetic. */
class MonthlyRuleTest {
  @Property(tries = 2000)
  void epochDayOfTheKthMonthlyBirthdayIsPlusMonths(@ForAll @IntRange(min = 0, max = 40000) int birthDay, @ForAll @IntRange(min = 0, max = 252) int k) {
    LocalDate b = LocalDate.ofEpochDay(-5000 + birthDay);
    int mm = b.getMonthValue() - 1 + k;
    assertThat(MonthlyRule.epochDay(b.getYear() + mm / 12, mm % 12 + 1, b.getDayOfMonth())).isEqualTo(b.plusMonths(k).toEpochDay());
  }

  @Test
  void aMonthGetsTheStateCoveringMostOfItsObservedDays() {
    // IP 10 days then AED from the 11th of March 2012: March is DOM_ADM (21 days against 10)
    var r = Records.person("P", "2010-01-31").ip("I", "2012-03-01", "2012-03-10", "MESURE_ADM")
        .measure("M", "AED", "ADM", "2012-03-11", "2012-12-31", "FIN_CONTRAT").build();
    Trajectory t = new Trajectories(TrajectorySettings.DEFAULT).build(r, LocalDate.of(2025, 12, 31));
    StateAlphabet a = StateAlphabet.DEFAULT;
    int march2012 = (2012 - 1990) * 12 + 2;
    assertThat(a.code(t.byCalendar().state(march2012))).isEqualTo("DOM_ADM");
    assertThat(a.code(t.byCalendar().state(march2012 - 1))).isEqualTo("NC");
    assertThat(t.byCalendar().state(0)).isEqualTo(MonthlySequence.MISSING); // not born in January 1990
    // age month 25 runs from 2012-02-29 (clamped) to 2012-03-30
    assertThat(a.code(t.byAge().state(25))).isEqualTo("DOM_ADM");
    assertThat(MonthlySequence.parseSps(t.byAge().toSps(a), a)).isEqualTo(t.byAge().states());
    assertThat(t.byAge().complete()).isFalse(); // 21 in 2031, after the extract
  }
}
