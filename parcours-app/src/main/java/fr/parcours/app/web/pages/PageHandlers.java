package fr.parcours.app.web.pages;

import fr.parcours.app.web.auth.Role;
import fr.parcours.app.web.auth.Sessions;
import fr.parcours.app.web.report.CohortQuery;
import fr.parcours.app.web.report.Figure;
import fr.parcours.app.web.report.Observatory;
import fr.parcours.app.web.report.Page;
import fr.parcours.exchange.audit.AuditLog;
import fr.parcours.model.ParcoursException;
import fr.parcours.trajectory.cohort.CohortAxis;
import io.javalin.http.Context;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The HTML pages of the observatory (the session is already checked by the before-handler). */
public final class PageHandlers {
  private final Observatory observatory;
  private final Path auditLog;

  public PageHandlers(Observatory observatory, Path auditLog) {
    this.observatory = observatory;
    this.auditLog = auditLog;
  }

  public static Sessions.Session session(Context ctx) {
    return ctx.attribute("session");
  }

  public Chrome chrome(Context ctx, String title, Page current, boolean charts) {
    Sessions.Session s = session(ctx);
    if (s == null) return Chrome.anonymous(title, observatory.threshold());
    return Chrome.of(title, s.login(), s.role(), s.csrf(), current, charts, observatory.threshold());
  }

  /** A page of figures. */
  public void page(Context ctx, Page page) {
    Sessions.Session s = session(ctx);
    CohortQuery q = page == Page.COHORTS ? CohortQuery.parse(ctx::queryParam) : CohortQuery.DEFAULT;
    List<FigureView> views = new ArrayList<>();
    for (Figure f : observatory.figures(page, s.role(), q)) views.add(FigureView.of(f, page == Page.COHORTS ? "?" + q.queryString() : ""));
    var snap = observatory.current();
    String subtitle = "Extrait du " + snap.summary().extractDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))
        + (snap.summary().departement() == null ? "" : ", département " + snap.summary().departement())
        + " — qualité : " + snap.summary().rejected() + " lignes rejetées"
        + (snap.trajectories() ? "" : " — trajectoires non construites (parcours trajectories)");
    PageView.CohortFilters filters = page == Page.COHORTS ? filters(q) : null;
    html(ctx, Templates.render("page.jte", Map.of("chrome", chrome(ctx, page.title(), page, true),
        "view", new PageView(page.title(), subtitle, filters, views))));
  }

  private PageView.CohortFilters filters(CohortQuery q) {
    List<PageView.Option> axes = new ArrayList<>();
    for (CohortAxis a : CohortAxis.values()) axes.add(new PageView.Option(a.option(), a.label(), a == q.axis()));
    List<PageView.Option> crosses = new ArrayList<>();
    for (String[] c : new String[][] {{"aucun", "aucun"}, {"territoire", "territoire"}, {"sexe", "sexe"}, {"mna", "mineur non accompagné"}}) {
      crosses.add(new PageView.Option(c[0], c[1], c[0].equals(q.cross())));
    }
    List<PageView.Option> indicators = new ArrayList<>();
    boolean first = true;
    for (Map.Entry<String, String> e : observatory.cohortIndicators().entrySet()) {
      indicators.add(new PageView.Option(e.getKey(), e.getValue(), e.getKey().equals(q.indicator()) || (q.indicator().isEmpty() && first)));
      first = false;
    }
    return new PageView.CohortFilters(axes, crosses, indicators, q.from(), Math.min(q.to(), 2100));
  }

  /** The admin's Journal page. */
  public void journal(Context ctx) {
    AuditRead read = readAudit(auditLog);
    List<AuditLog.Entry> latest = new ArrayList<>(read.entries());
    java.util.Collections.reverse(latest);
    if (latest.size() > 500) latest = latest.subList(0, 500);
    html(ctx, Templates.render("journal.jte", Map.of("chrome", chrome(ctx, Page.JOURNAL.title(), Page.JOURNAL, false),
        "view", new JournalView(auditLog.getFileName().toString(), read.ok(), read.status(), latest))));
  }

  /** The audit log's entries after verification of its chain, with a French status. */
  record AuditRead(List<AuditLog.Entry> entries, boolean ok, String status) {}

  static AuditRead readAudit(Path auditLog) {
    if (!Files.exists(auditLog)) return new AuditRead(List.of(), true, "Journal encore vide : aucune opération journalisée.");
    try {
      List<AuditLog.Entry> entries = AuditLog.verify(auditLog);
      return new AuditRead(entries, true, "Chaîne vérifiée : " + entries.size() + " entrées intactes (ni modifiées, ni supprimées, ni déplacées).");
    } catch (ParcoursException e) {
      return new AuditRead(List.of(), false, "Chaîne rompue : " + e.getMessage());
    }
  }

  /** A French message page with a status. */
  public void message(Context ctx, int status, String heading, String message) {
    ctx.status(status);
    html(ctx, Templates.render("message.jte", Map.of("chrome", chrome(ctx, heading, null, false), "heading", heading, "message", message)));
  }

  public static void html(Context ctx, String body) {
    ctx.contentType("text/html; charset=utf-8").result(body);
  }

  /** Convenience for the role check of a figure inside a page (menus already filter). */
  public static boolean allowed(Context ctx, Role min) {
    Sessions.Session s = session(ctx);
    return s != null && s.role().atLeast(min);
  }
}
