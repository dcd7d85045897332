package fr.parcours.engine.analysis;

import java.util.List;

/**
 * Types of young-adult trajectories (16 to 21) found by clustering.
 *
 * @param window first and last month of age of the sequences (inclusive)
 * @param persons sequences clustered (a seeded sample of the eligible population)
 * @param eligible persons placed at 17½ observed from 16 to 21
 * @param clusters one entry per type, largest first
 */
public record Typology(int fromMonth, int toMonth, int persons, long eligible, List<String> states, List<Cluster> clusters) {

  /**
   * One type.
   *
   * @param medoid the representative sequence (the member closest to all others), one state per month
   * @param shares share of months spent in each state of {@link Typology#states()}
   */
  public record Cluster(int number, String label, int size, double share, List<String> medoid, double[] shares) {}

  public Typology {
    states = List.copyOf(states);
    clusters = List.copyOf(clusters);
  }
}
