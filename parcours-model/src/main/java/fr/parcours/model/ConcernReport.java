package fr.parcours.model;

import java.time.LocalDate;
import java.util.List;

/**
 * An information préoccupante (IP): a report that a child may be in danger, and what was decided.
 *
 * @param origin code of {@code origines_ip.csv}, or null
 * @param dangerTypes codes of {@code dangers.csv}
 * @param outcome code of {@code suites_ip.csv}, or null while under evaluation
 */
public record ConcernReport(
    String reportId,
    String personId,
    LocalDate receivedDate,
    String origin,
    List<String> dangerTypes,
    LocalDate outcomeDate,
    String outcome) {
  public ConcernReport {
    dangerTypes = List.copyOf(dangerTypes);
  }
}
