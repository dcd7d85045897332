package fr.parcours.app.web.pages;

import java.util.List;

/** A page of figures. {@code cohortFilters} is null except on the Cohortes page. */
public record PageView(String title, String subtitle, CohortFilters cohortFilters, List<FigureView> figures) {
  /** An option of a select. */
  public record Option(String value, String label, boolean selected) {}

  /** The filter form of the Cohortes page. */
  public record CohortFilters(List<Option> axes, List<Option> crosses, List<Option> indicators, int from, int to) {}
}
