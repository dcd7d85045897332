package fr.parcours.app.web.report;

import fr.parcours.app.web.auth.Role;
import java.util.Optional;

/**
 * The observatory's pages, in menu order, with the minimum role that may open each. The last three
 * are the admin's pages (audit log, accounts, keys): they hold no figure.
 */
public enum Page {
  OVERVIEW("vue-ensemble", "Vue d'ensemble", Role.VIEWER),
  COHORTS("cohortes", "Cohortes", Role.VIEWER),
  PATHS("parcours", "Parcours", Role.VIEWER),
  YOUNG_ADULTS("jeunes-majeurs", "Jeunes majeurs", Role.VIEWER),
  TYPOLOGY("typologie", "Typologie", Role.VIEWER),
  TERRITORIES("territoires", "Territoires", Role.VIEWER),
  QUALITY("qualite", "Qualité des données", Role.VIEWER),
  JOURNAL("journal", "Journal", Role.ADMIN),
  USERS("comptes", "Comptes", Role.ADMIN),
  KEYS("cles", "Clés", Role.ADMIN);

  private final String id;
  private final String title;
  private final Role minRole;

  Page(String id, String title, Role minRole) {
    this.id = id;
    this.title = title;
    this.minRole = minRole;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public Role minRole() {
    return minRole;
  }

  public String path() {
    return "/" + id;
  }

  public static Optional<Page> byId(String id) {
    for (Page p : values()) if (p.id.equals(id)) return Optional.of(p);
    return Optional.empty();
  }
}
