package fr.parcours.trajectory.cohort;

import fr.parcours.trajectory.indicator.PersonIndicators;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How rows of the cohort tables are formed: the cohort year, optionally crossed with territory,
 * sex and unaccompanied-minor status.
 */
public record CohortSpec(CohortAxis axis, boolean byTerritory, boolean bySex, boolean byMna) {
  public CohortSpec {
    Objects.requireNonNull(axis, "axis");
  }

  public static CohortSpec of(CohortAxis axis) {
    return new CohortSpec(axis, false, false, false);
  }

  /** French column headers of the row key. */
  public List<String> keyHeaders() {
    List<String> h = new ArrayList<>();
    h.add("cohorte");
    if (byTerritory) h.add("territoire");
    if (bySex) h.add("sexe");
    if (byMna) h.add("mna");
    return h;
  }

  /** The row key of a person, or null when they belong to no cohort. */
  List<String> key(PersonIndicators p) {
    Integer year = axis.year(p);
    if (year == null) return null;
    List<String> k = new ArrayList<>(4);
    k.add(Integer.toString(year));
    if (byTerritory) k.add(p.territory() == null ? "inconnu" : p.territory());
    if (bySex) k.add(p.sex() == null ? "I" : p.sex());
    if (byMna) k.add(p.mna() ? "O" : "N");
    return List.copyOf(k);
  }
}
