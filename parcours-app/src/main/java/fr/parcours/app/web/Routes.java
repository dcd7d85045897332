package fr.parcours.app.web;

import fr.parcours.app.web.auth.AuthHandlers;
import fr.parcours.app.web.auth.Role;
import fr.parcours.app.web.pages.AdminHandlers;
import fr.parcours.app.web.pages.Chrome;
import fr.parcours.app.web.pages.PageHandlers;
import fr.parcours.app.web.pages.PasswordHandlers;
import fr.parcours.app.web.pages.Templates;
import fr.parcours.app.web.report.Catalog;
import fr.parcours.app.web.report.CohortQuery;
import fr.parcours.app.web.report.Exports;
import fr.parcours.app.web.report.Figure;
import fr.parcours.app.web.report.Observatory;
import fr.parcours.app.web.report.Page;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The route table: every route of the observatory with its minimum role, in one list. The
 * before-handler of {@link ObservatoryServer} checks the role of the matched route; a route
 * without a role would be refused to everyone. Figures get one JSON and one CSV route each, from
 * {@link Catalog}, so no path parameter ever names a file.
 */
final class Routes {
  private Routes() {}

  static List<Route> table(Observatory obs, PageHandlers pages, AdminHandlers admin, PasswordHandlers password, AuthHandlers auth) {
    List<Route> r = new ArrayList<>();
    r.add(new Route(HandlerType.GET, "/", Role.VIEWER, ctx -> ctx.redirect(Page.OVERVIEW.path())));
    r.add(new Route(HandlerType.GET, "/connexion", Role.PUBLIC, ctx -> loginPage(ctx, obs, auth, null, 200)));
    r.add(new Route(HandlerType.POST, "/connexion", Role.PUBLIC, ctx -> {
      var result = auth.login(ctx);
      switch (result.getKey()) {
        case SUCCESS -> ctx.redirect(Page.OVERVIEW.path(), io.javalin.http.HttpStatus.SEE_OTHER);
        case FAILURE -> loginPage(ctx, obs, auth, "Identifiant ou mot de passe incorrect.", 401);
        case BLOCKED -> loginPage(ctx, obs, auth, "Trop de tentatives : réessayez dans quinze minutes.", 429);
        case BAD_TOKEN -> loginPage(ctx, obs, auth, "Formulaire expiré ou envoyé depuis un autre site : réessayez.", 403);
      }
    }));
    r.add(new Route(HandlerType.POST, "/deconnexion", Role.VIEWER, ctx -> {
      auth.logout(ctx, PageHandlers.session(ctx));
      ctx.redirect("/connexion", io.javalin.http.HttpStatus.SEE_OTHER);
    }));
    for (Page p : Page.values()) {
      Handler h = switch (p) {
        case JOURNAL -> pages::journal;
        case USERS -> admin::accounts;
        case KEYS -> admin::keys;
        default -> ctx -> pages.page(ctx, p);
      };
      r.add(new Route(HandlerType.GET, p.path(), p.minRole(), h));
    }
    r.add(new Route(HandlerType.GET, "/mot-de-passe", Role.VIEWER, password::form));
    r.add(new Route(HandlerType.POST, "/mot-de-passe", Role.VIEWER, password::change));
    r.add(new Route(HandlerType.POST, "/comptes/creer", Role.ADMIN, admin::create));
    r.add(new Route(HandlerType.POST, "/comptes/supprimer", Role.ADMIN, admin::delete));
    r.add(new Route(HandlerType.GET, "/api/figures", Role.VIEWER, ctx -> {
      Role role = PageHandlers.session(ctx).role();
      List<Map<String, String>> out = new ArrayList<>();
      for (Catalog.Entry e : Catalog.ENTRIES) {
        if (!role.atLeast(e.minRole())) continue;
        Map<String, String> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("page", e.page().id());
        m.put("json", "/api/figures/" + e.id());
        m.put("csv", "/telecharger/" + e.id() + ".csv");
        out.add(m);
      }
      json(ctx, Exports.json(out));
    }));
    for (Catalog.Entry e : Catalog.ENTRIES) {
      r.add(new Route(HandlerType.GET, "/api/figures/" + e.id(), e.minRole(), ctx -> json(ctx, Exports.json(Exports.payload(figure(obs, ctx, e.id()))))));
      r.add(new Route(HandlerType.GET, "/telecharger/" + e.id() + ".csv", e.minRole(), ctx -> {
        ctx.header("Content-Disposition", "attachment; filename=\"" + e.id() + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(Exports.csv(figure(obs, ctx, e.id())).getBytes(StandardCharsets.UTF_8));
      }));
    }
    return List.copyOf(r);
  }

  private static Figure figure(Observatory obs, Context ctx, String id) {
    return obs.figure(id, CohortQuery.parse(ctx::queryParam)).orElseThrow(() -> new Denied(404, "Figure introuvable.", null));
  }

  private static void loginPage(Context ctx, Observatory obs, AuthHandlers auth, String message, int status) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("chrome", Chrome.anonymous("Connexion", obs.threshold()));
    m.put("csrf", auth.loginToken(ctx));
    m.put("message", message);
    ctx.status(status);
    PageHandlers.html(ctx, Templates.render("login.jte", m));
  }

  static void json(Context ctx, String body) {
    ctx.contentType("application/json; charset=utf-8").result(body);
  }
}
