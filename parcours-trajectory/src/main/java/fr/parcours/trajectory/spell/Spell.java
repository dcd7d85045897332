package fr.parcours.trajectory.spell;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A spell: the person is in {@code state} (a code of {@code etats.csv}) from {@code start} to
 * {@code end}, <b>both inclusive</b> (the generator's convention, {@code verite/episodes.csv}).
 */
public record Spell(String state, LocalDate start, LocalDate end) {
  public Spell {
    Objects.requireNonNull(state, "state");
    if (end.isBefore(start)) throw new IllegalArgumentException("fin avant début : " + start + " > " + end);
  }

  /** Length in days (end inclusive). */
  public long days() {
    return end.toEpochDay() - start.toEpochDay() + 1;
  }
}
