package fr.parcours.model;

import java.util.List;

/**
 * Everything the source holds on one person: the unit of every per-person pure function
 * (normalise, pseudonymise, build the trajectory, compute indicators).
 */
public record PersonRecords(
    Person person,
    List<ConcernReport> reports,
    List<Measure> measures,
    List<Placement> placements,
    List<RsaEntitlement> rsa,
    List<HousingStep> housing,
    List<MdphDecision> mdph) {
  public PersonRecords {
    reports = List.copyOf(reports);
    measures = List.copyOf(measures);
    placements = List.copyOf(placements);
    rsa = List.copyOf(rsa);
    housing = List.copyOf(housing);
    mdph = List.copyOf(mdph);
  }
}
