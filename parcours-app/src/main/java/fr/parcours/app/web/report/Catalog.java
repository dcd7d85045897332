package fr.parcours.app.web.report;

import fr.parcours.app.web.auth.Role;
import java.util.List;
import java.util.Optional;

/**
 * Every figure the observatory may publish, with its page and the minimum role that may see it.
 * Routes to each figure's JSON and CSV are declared from this list (one route per figure, with its
 * role), so an unknown name never reaches a handler.
 */
public final class Catalog {
  /** One entry. */
  public record Entry(String id, Page page, Role minRole) {}

  public static final List<Entry> ENTRIES = List.of(
      new Entry("chiffres-cles", Page.OVERVIEW, Role.VIEWER),
      new Entry("suivis-par-annee", Page.OVERVIEW, Role.VIEWER),
      new Entry("mesures-par-type", Page.OVERVIEW, Role.VIEWER),
      new Entry(CohortFigures.ID, Page.COHORTS, Role.VIEWER),
      new Entry("chronogramme", Page.PATHS, Role.VIEWER),
      new Entry("sequences-frequentes", Page.PATHS, Role.VIEWER),
      new Entry("flux-16-21", Page.PATHS, Role.VIEWER),
      new Entry("tapis-individuel", Page.PATHS, Role.ANALYST),
      new Entry("cjm-par-annee", Page.YOUNG_ADULTS, Role.VIEWER),
      new Entry("cjm-duree", Page.YOUNG_ADULTS, Role.VIEWER),
      new Entry("cjm-motifs-fin", Page.YOUNG_ADULTS, Role.VIEWER),
      new Entry("typologie-classes", Page.TYPOLOGY, Role.VIEWER),
      new Entry("typologie-representants", Page.TYPOLOGY, Role.ANALYST),
      new Entry("territoires-entonnoir", Page.TERRITORIES, Role.VIEWER),
      new Entry("qualite-comptage", Page.QUALITY, Role.VIEWER),
      new Entry("qualite-rejets", Page.QUALITY, Role.VIEWER),
      new Entry("qualite-signalements", Page.QUALITY, Role.VIEWER),
      new Entry("qualite-coherence", Page.QUALITY, Role.VIEWER));

  private Catalog() {}

  public static Optional<Entry> find(String id) {
    return ENTRIES.stream().filter(e -> e.id().equals(id)).findFirst();
  }
}
