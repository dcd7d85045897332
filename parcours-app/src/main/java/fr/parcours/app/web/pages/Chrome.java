package fr.parcours.app.web.pages;

import fr.parcours.app.web.auth.Role;
import fr.parcours.app.web.report.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * What every page's frame shows: title, menu (only the pages the role may open), the account and
 * the CSRF token of the logout form.
 *
 * @param login null when nobody is logged in
 */
public record Chrome(String title, String login, Role role, String csrf, List<NavItem> nav, boolean charts, int threshold) {
  /** A menu entry. */
  public record NavItem(String path, String title, boolean current) {}

  public static Chrome of(String title, String login, Role role, String csrf, Page current, boolean charts, int threshold) {
    List<NavItem> nav = new ArrayList<>();
    if (role != null) {
      for (Page p : Page.values()) if (role.atLeast(p.minRole())) nav.add(new NavItem(p.path(), p.title(), p == current));
    }
    return new Chrome(title, login, role, csrf, nav, charts, threshold);
  }

  public static Chrome anonymous(String title, int threshold) {
    return new Chrome(title, null, null, "", List.of(), false, threshold);
  }

  public String roleLabel() {
    return role == null ? "" : role.label();
  }
}
