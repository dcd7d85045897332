package fr.parcours.app.web.auth;

import fr.parcours.model.ParcoursException;
import io.javalin.security.RouteRole;
import java.util.Locale;

/**
 * Roles of the observatory, ordered: each role has the rights of the ones before it.
 * {@link #PUBLIC} is only for the login page and static files; a route registered without a role
 * is refused to everyone (deny by default).
 */
public enum Role implements RouteRole {
  PUBLIC("public", "public"),
  /** Published, small-cell-protected statistics only. */
  VIEWER("viewer", "lecteur"),
  /** All statistics and pseudonymised person-level views. */
  ANALYST("analyst", "analyste"),
  /** Users, audit log, keys. */
  ADMIN("admin", "administrateur");

  private final String code;
  private final String label;

  Role(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  /** French label. */
  public String label() {
    return label;
  }

  public boolean atLeast(Role minimum) {
    return ordinal() >= minimum.ordinal();
  }

  /** Parses {@code admin|analyst|viewer} (the roles an account may have). */
  public static Role parseAccountRole(String s) {
    String v = s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
    for (Role r : values()) if (r != PUBLIC && r.code.equals(v)) return r;
    throw new ParcoursException("Rôle « " + s + " » inconnu : choisissez admin, analyst ou viewer.");
  }
}
