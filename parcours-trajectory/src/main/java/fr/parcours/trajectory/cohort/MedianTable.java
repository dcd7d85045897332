package fr.parcours.trajectory.cohort;

import java.util.List;

/**
 * Medians of one numeric indicator by cohort, each with its denominator (the number of persons
 * whose value is known), before disclosure control. Median: the middle value, or the mean of the
 * two middle values (R's {@code median()}); values kept to a tenth.
 */
public record MedianTable(String name, String title, String population, List<List<String>> keys, double[] medians, long[] counts) {
  public MedianTable {
    keys = List.copyOf(keys);
  }
}
