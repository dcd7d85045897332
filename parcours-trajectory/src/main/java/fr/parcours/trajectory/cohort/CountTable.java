package fr.parcours.trajectory.cohort;

import java.util.List;

/**
 * A cohort × category table of counts for one indicator, before any disclosure control. The rate
 * of the indicator is {@code counts[YES] / (counts[YES] + counts[NO])} when both columns exist:
 * its denominator is the observed part of the population, censored persons excluded.
 *
 * @param name file-safe French name of the indicator
 * @param title French title
 * @param population French description of the population counted
 * @param keys row keys (cohort, then the optional strata), sorted
 * @param columns category codes; {@code labels} their French labels
 * @param counts {@code counts[row][column]}
 */
public record CountTable(String name, String title, String population, List<List<String>> keys, List<String> columns,
    List<String> labels, long[][] counts) {
  public CountTable {
    keys = List.copyOf(keys);
    columns = List.copyOf(columns);
    labels = List.copyOf(labels);
  }
}
