package fr.parcours.trajectory.spell;

import java.time.LocalDate;
import java.util.List;

/**
 * The spells and episodes of one person, as built by {@link SpellBuilder}.
 *
 * @param personId the source's person id
 * @param birthDate recorded birth date, or null when unknown
 * @param firstDay first day of the timeline: the birth date, or the first record when it comes
 *     earlier (flag {@link TrajectoryFlag#BIRTH_AFTER_RECORD}) or when the birth is unknown
 * @param lastDay last observed day: the extract date, or the death date when earlier
 * @param extractDate the extract date
 * @param spells spells from {@code firstDay} to {@code lastDay}, without gap, two consecutive
 *     spells always in different states, bounds inclusive
 * @param episodes episodes of care in time order
 * @param flags contradictions met
 */
public record Timeline(
    String personId,
    LocalDate birthDate,
    LocalDate firstDay,
    LocalDate lastDay,
    LocalDate extractDate,
    List<Spell> spells,
    List<Episode> episodes,
    List<TrajectoryFlag> flags) {
  public Timeline {
    spells = List.copyOf(spells);
    episodes = List.copyOf(episodes);
    flags = List.copyOf(flags);
  }

  /** State code on a day, or null when the day is outside the timeline. */
  public String stateOn(LocalDate day) {
    if (day.isBefore(firstDay) || day.isAfter(lastDay)) return null;
    int lo = 0;
    int hi = spells.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Spell s = spells.get(mid);
      if (s.end().isBefore(day)) lo = mid + 1;
      else if (s.start().isAfter(day)) hi = mid - 1;
      else return s.state();
    }
    return null;
  }
}
