package fr.parcours.trajectory.spell;

import fr.parcours.model.ParcoursException;
import java.time.LocalDate;

/**
 * Settings of the trajectory builder, checked at construction.
 *
 * @param gapToleranceDays a period of at most this many days without any record between two
 *     records of care is bridged: the spells keep the previous state and the episode goes on.
 *     Default 0 (no bridging), the generator's convention: any day without a record is SORTI, so
 *     the late start of a CJM one day after the 18th birthday is a real (one-day) exit.
 * @param calendarStart first month of the calendar axis (default January 1990)
 */
public record TrajectorySettings(int gapToleranceDays, LocalDate calendarStart) {
  public static final TrajectorySettings DEFAULT = new TrajectorySettings(0, LocalDate.of(1990, 1, 1));

  public TrajectorySettings {
    if (gapToleranceDays < 0 || gapToleranceDays > 365) {
      throw new ParcoursException("La tolérance d'interruption doit être comprise entre 0 et 365 jours (reçu : " + gapToleranceDays + ").");
    }
    if (calendarStart == null) throw new ParcoursException("Précisez le premier mois de l'axe calendaire.");
    calendarStart = calendarStart.withDayOfMonth(1);
  }

  public TrajectorySettings withGapTolerance(int days) {
    return new TrajectorySettings(days, calendarStart);
  }
}
