package fr.parcours.trajectory;

import fr.parcours.trajectory.sequence.MonthlySequence;
import fr.parcours.trajectory.spell.Timeline;
import java.util.Objects;

/**
 * A person's trajectory: spells, episodes and flags ({@link Timeline}), and the monthly state
 * sequences on the age axis (birth to 21) and on the calendar axis.
 */
public record Trajectory(Timeline timeline, MonthlySequence byAge, MonthlySequence byCalendar) {
  public Trajectory {
    Objects.requireNonNull(timeline, "timeline");
    Objects.requireNonNull(byAge, "byAge");
    Objects.requireNonNull(byCalendar, "byCalendar");
  }

  public String personId() {
    return timeline.personId();
  }
}
