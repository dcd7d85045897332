package fr.parcours.trajectory.cohort;

import java.util.List;

/** All cohort tables of one cohort specification (raw counts, before disclosure control). */
public record CohortTables(CohortSpec spec, long persons, List<CountTable> counts, List<MedianTable> medians) {
  public CohortTables {
    counts = List.copyOf(counts);
    medians = List.copyOf(medians);
  }
}
