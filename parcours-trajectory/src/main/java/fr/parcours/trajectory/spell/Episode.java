package fr.parcours.trajectory.spell;

import java.time.LocalDate;

/**
 * An episode of care: a maximal period covered by measures or places (IPs excluded), two records
 * separated by at most the gap tolerance belonging to the same episode. Bounds inclusive.
 *
 * @param censored true when the episode is still open at the extract date (its end is the extract
 *     date, not a real end)
 * @param endReason end reason of the measure that ends the episode (null when censored or unknown)
 * @param firstMeasureType type of the first measure of the episode
 */
public record Episode(LocalDate start, LocalDate end, boolean censored, String endReason, String firstMeasureType) {
  public Episode {
    if (end.isBefore(start)) throw new IllegalArgumentException("fin avant début : " + start + " > " + end);
  }
}
