package fr.parcours.trajectory.cohort;

import fr.parcours.model.ParcoursException;
import fr.parcours.trajectory.indicator.PersonIndicators;

/** What a cohort is: persons grouped by a year of their life. */
public enum CohortAxis {
  BIRTH_YEAR("birth_year", "année de naissance"),
  MAJORITY_YEAR("majority_year", "année des 18 ans"),
  /** Year of the first measure; persons who never had a measure belong to no entry cohort. */
  ENTRY_YEAR("entry_year", "année de la première mesure");

  private final String option;
  private final String label;

  CohortAxis(String option, String label) {
    this.option = option;
    this.label = label;
  }

  public String option() {
    return option;
  }

  public String label() {
    return label;
  }

  /** The cohort year of a person, or null when they belong to none. */
  public Integer year(PersonIndicators p) {
    return switch (this) {
      case BIRTH_YEAR -> p.birthYear();
      case MAJORITY_YEAR -> p.majorityYear();
      case ENTRY_YEAR -> p.entryYear();
    };
  }

  /** Parses the value of {@code --by}. */
  public static CohortAxis parse(String option) {
    for (CohortAxis a : values()) if (a.option.equalsIgnoreCase(option)) return a;
    throw new ParcoursException("--by « " + option + " » inconnu : choisissez birth_year, majority_year ou entry_year.");
  }
}
