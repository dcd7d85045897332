package fr.parcours.app.web;

import fr.parcours.app.web.auth.AuthHandlers;
import fr.parcours.app.web.auth.LoginThrottle;
import fr.parcours.app.web.auth.Role;
import fr.parcours.app.web.auth.Sessions;
import fr.parcours.app.web.auth.UserStore;
import fr.parcours.app.web.pages.AdminHandlers;
import fr.parcours.app.web.pages.PageHandlers;
import fr.parcours.app.web.pages.PasswordHandlers;
import fr.parcours.app.web.report.Observatory;
import fr.parcours.engine.release.PartnerRelease;
import fr.parcours.model.ParcoursException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.security.RouteRole;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The web observatory: Javalin (embedded Jetty), routes from {@link Routes}, one before-handler that
 * enforces the route table (session, role, CSRF on every state-changing request), security headers
 * on every answer. Static files (ECharts webjar, CSS, JS) are public; nothing else is.
 */
public final class ObservatoryServer implements AutoCloseable {
  /** Settings, checked at construction. */
  public record Settings(Path workspace, String host, int port, int threshold, boolean secureCookies) {
    public Settings {
      if (port < 0 || port > 65_535) throw new ParcoursException("--port " + port + " invalide : de 1 à 65535 (0 : port libre au hasard).");
      if (threshold < 2) throw new ParcoursException("--seuil doit valoir au moins 2 (reçu : " + threshold + ").");
    }
  }

  private final Javalin app;
  private final List<Route> routes;
  private final Observatory observatory;

  private ObservatoryServer(Javalin app, List<Route> routes, Observatory observatory) {
    this.app = app;
    this.routes = routes;
    this.observatory = observatory;
  }

  public static ObservatoryServer start(Settings s) {
    Path ws = s.workspace().toAbsolutePath().normalize();
    Observatory obs = new Observatory(ws, s.threshold());
    UserStore users = new UserStore(ws);
    Sessions sessions = new Sessions();
    Path audit = ws.resolve(PartnerRelease.AUDIT_LOG);
    AuthHandlers auth = new AuthHandlers(users, sessions, LoginThrottle.standard(), audit, s.secureCookies());
    PageHandlers pages = new PageHandlers(obs, audit);
    AdminHandlers admin = new AdminHandlers(pages, users, sessions, ws, audit, auth::audit);
    // Its own limit: wrong current passwords count per account, apart from login attempts.
    PasswordHandlers password = new PasswordHandlers(pages, users, sessions, LoginThrottle.standard(), auth::audit);
    List<Route> routes = Routes.table(obs, pages, admin, password, auth);

    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.defaultContentType = "text/plain; charset=utf-8";
      config.http.maxRequestSize = 64 * 1024L;
      config.jetty.defaultHost = s.host();
      config.jetty.modifyServletContextHandler(h -> h.addFilter(new org.eclipse.jetty.servlet.FilterHolder(new MalformedPathFilter()), "/*",
          java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST)));
      // static files are public (role PUBLIC): the ECharts webjar, the CSS and the drawing script
      config.staticFiles.add(sf -> {
        sf.hostedPath = "/webjars";
        sf.directory = "/META-INF/resources/webjars";
        sf.location = Location.CLASSPATH;
        sf.roles = Set.of(Role.PUBLIC);
        sf.headers = Map.of("Cache-Control", "max-age=86400");
      });
      config.staticFiles.add(sf -> {
        sf.hostedPath = "/static";
        sf.directory = "/web/static";
        sf.location = Location.CLASSPATH;
        sf.roles = Set.of(Role.PUBLIC);
      });
    });
    app.before(ctx -> securityHeaders(ctx));
    app.beforeMatched(ctx -> authorise(ctx, sessions));
    for (Route r : routes) app.addHttpHandler(r.method(), r.path(), r.handler(), r.minRole());
    app.exception(Denied.class, (e, ctx) -> {
      if (e.location != null) {
        ctx.redirect(e.location);
      } else if (wantsJson(ctx)) {
        ctx.status(e.status);
        Routes.json(ctx, "{\"erreur\":\"" + e.getMessage().replace("\"", "'") + "\"}");
      } else {
        pages.message(ctx, e.status, e.status == 403 ? "Accès refusé" : e.status == 404 ? "Page introuvable" : "Requête refusée", e.getMessage());
      }
    });
    app.exception(ParcoursException.class, (e, ctx) -> {
      ctx.status(400);
      if (wantsJson(ctx)) Routes.json(ctx, "{\"erreur\":\"" + e.getMessage().replace("\"", "'") + "\"}");
      else pages.message(ctx, 400, "Requête invalide", e.getMessage());
    });
    app.exception(Exception.class, (e, ctx) -> {
      System.err.println("Erreur interne sur " + ctx.method() + " " + ctx.path() + " : " + e);
      e.printStackTrace();
      ctx.status(500);
      if (wantsJson(ctx)) Routes.json(ctx, "{\"erreur\":\"Erreur interne du serveur.\"}");
      else ctx.contentType("text/plain; charset=utf-8").result("Erreur interne du serveur : consultez le journal du serveur.");
    });
    app.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty() || "Not Found".equals(ctx.result())) ctx.result("Page introuvable.");
    });
    try {
      app.start(s.host(), s.port());
    } catch (RuntimeException e) {
      throw new ParcoursException("Démarrage impossible du serveur sur " + s.host() + ":" + s.port() + " : " + e.getMessage()
          + ". Choisissez un autre port avec --port.", e);
    }
    return new ObservatoryServer(app, routes, obs);
  }

  private static void securityHeaders(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'");
    if (!ctx.path().startsWith("/static/") && !ctx.path().startsWith("/webjars/")) ctx.header("Cache-Control", "no-store");
  }

  /**
   * Refuses (400) a path with dot segments, encoded dots, slashes or backslashes, NUL or overlong
   * UTF-8: no route and no static file has one, and Javalin's static-file lookup would otherwise fail
   * on some of them ({@code /static/../x}) with a server error instead of a refusal. A servlet filter,
   * so that it runs before Javalin looks anything up.
   */
  static boolean malformedPath(String rawUri) {
    if (rawUri == null) return false;
    String p = rawUri.toLowerCase(java.util.Locale.ROOT);
    return p.contains("..") || p.contains("/./") || p.endsWith("/.") || p.contains("//") || p.contains("\\") || p.contains("%2e") || p.contains("%2f")
        || p.contains("%5c") || p.contains("%00") || p.contains("%c0") || p.contains("%c1") || p.indexOf('\0') >= 0;
  }

  private static final class MalformedPathFilter implements jakarta.servlet.Filter {
    @Override
    public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res, jakarta.servlet.FilterChain chain)
        throws java.io.IOException, jakarta.servlet.ServletException {
      if (req instanceof jakarta.servlet.http.HttpServletRequest r && res instanceof jakarta.servlet.http.HttpServletResponse w && malformedPath(r.getRequestURI())) {
        w.setStatus(400);
        w.setContentType("text/plain; charset=utf-8");
        w.setHeader("X-Content-Type-Options", "nosniff");
        w.setHeader("Cache-Control", "no-store");
        w.getOutputStream().write("Adresse invalide : les chemins avec « .. », « ./ », « // », une barre ou un point encodés sont refusés."
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return;
      }
      chain.doFilter(req, res);
    }
  }

  /** The single authorisation point: role of the matched route, session, CSRF. */
  private static void authorise(Context ctx, Sessions sessions) {
    Set<RouteRole> roles = ctx.routeRoles();
    Role min = roles.stream().filter(Role.class::isInstance).map(Role.class::cast).findFirst()
        .orElseThrow(() -> new Denied(403, "Route sans rôle déclaré : accès refusé.", null));
    if (min == Role.PUBLIC) return;
    Sessions.Session s = sessions.find(ctx.cookie(Sessions.COOKIE)).orElse(null);
    if (s == null) {
      if (wantsJson(ctx) || ctx.method() != HandlerType.GET) throw new Denied(401, "Connexion requise.", null);
      throw new Denied(302, "Connexion requise.", "/connexion");
    }
    ctx.attribute("session", s);
    if (!s.role().atLeast(min)) {
      throw new Denied(403, "Votre rôle (" + s.role().label() + ") ne donne pas accès à cette page : il faut le rôle " + min.label() + ".", null);
    }
    if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
      String token = ctx.header("X-CSRF-Token");
      if (token == null) token = ctx.formParam("_csrf");
      if (!s.csrfMatches(token)) throw new Denied(403, "Jeton anti-falsification (CSRF) absent ou invalide : rechargez la page.", null);
    }
  }

  private static boolean wantsJson(Context ctx) {
    return ctx.path().startsWith("/api/") || ctx.path().startsWith("/telecharger/");
  }

  public int port() {
    return app.port();
  }

  public List<Route> routes() {
    return routes;
  }

  public Observatory observatory() {
    return observatory;
  }

  /** Registered routes as "METHOD path" (for tests that check the table covers them all). */
  public List<String> registeredRoutes() {
    return routes.stream().map(r -> r.method() + " " + r.path()).toList();
  }

  public static Map<String, String> describe(Settings s) {
    return Map.of("hote", s.host(), "port", Integer.toString(s.port()));
  }

  @Override
  public void close() {
    app.stop();
  }
}
