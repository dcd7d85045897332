package fr.parcours.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.app.web.auth.Role;
import fr.parcours.app.web.report.Catalog;
import fr.parcours.app.web.report.Page;
import fr.parcours.engine.release.PartnerRelease;
import fr.parcours.engine.workspace.Workspace;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Security of the observatory through a real server on 127.0.0.1 and a random port. */
class ObservatorySecurityTest {
  static ObservatoryServer server;

  @BeforeAll
  static void start() {
    server = WebFixture.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theRouteTableCoversEveryPageAndEveryFigureWithARole() {
    List<String> registered = server.registeredRoutes();
    for (Page p : Page.values()) assertThat(registered).contains("GET " + p.path());
    for (Catalog.Entry e : Catalog.ENTRIES) {
      assertThat(registered).contains("GET /api/figures/" + e.id(), "GET /telecharger/" + e.id() + ".csv");
    }
    for (Route r : server.routes()) assertThat(r.minRole()).as(r.path()).isNotNull();
    assertThat(server.routes().stream().filter(r -> r.minRole() == Role.PUBLIC).map(Route::path)).containsOnly("/connexion");
  }

  @Test
  void nothingAnswersWithoutLogin() {
    WebFixture.Client anon = new WebFixture.Client(server);
    for (Route r : server.routes()) {
      if (r.minRole() == Role.PUBLIC) continue;
      HttpResponse<String> res = r.method() == HandlerType.GET ? anon.get(r.path()) : anon.post(r.path(), Map.of());
      assertThat(res.statusCode()).as(r.method() + " " + r.path()).isIn(302, 401);
      if (res.statusCode() == 302) assertThat(res.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/connexion"));
      assertThat(res.body()).as(r.path()).doesNotContain("lignes").doesNotContain(";");
    }
  }

  @Test
  void everyRouteIsCheckedAgainstItsMinimumRole() {
    for (Role role : new Role[] {Role.VIEWER, Role.ANALYST, Role.ADMIN}) {
      WebFixture.Client c = new WebFixture.Client(server).as(role);
      for (Route r : server.routes()) {
        if (r.method() != HandlerType.GET || r.minRole() == Role.PUBLIC) continue;
        HttpResponse<String> res = c.get(r.path());
        if (role.atLeast(r.minRole())) assertThat(res.statusCode()).as(role + " " + r.path()).isIn(200, 302);
        else assertThat(res.statusCode()).as(role + " " + r.path()).isEqualTo(403);
      }
    }
  }

  @Test
  void sessionCookieIsHttpOnlyAndSameSiteStrict() {
    WebFixture.Client c = new WebFixture.Client(server);
    String token = WebFixture.hidden(c.get("/connexion").body());
    HttpResponse<String> r = c.post("/connexion", Map.of("_csrf", token, "login", WebFixture.login(Role.VIEWER), "password", WebFixture.PASSWORD));
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().allValues("Set-Cookie")).anySatisfy(h -> assertThat(h).startsWith("parcours_session=").contains("HttpOnly", "SameSite=Strict"));
    assertThat(r.headers().firstValue("Content-Security-Policy")).isPresent();
  }

  @Test
  void stateChangingRequestsNeedTheCsrfToken() {
    WebFixture.Client c = new WebFixture.Client(server).as(Role.VIEWER);
    assertThat(c.post("/deconnexion", Map.of()).statusCode()).isEqualTo(403);
    assertThat(c.post("/deconnexion", Map.of("_csrf", "faux")).statusCode()).isEqualTo(403);
    assertThat(c.get("/vue-ensemble").statusCode()).isEqualTo(200);
    assertThat(c.post("/deconnexion", Map.of("_csrf", c.csrf)).statusCode()).isEqualTo(303);
    assertThat(c.get("/vue-ensemble").statusCode()).isEqualTo(302);

    WebFixture.Client admin = new WebFixture.Client(server).as(Role.ADMIN);
    assertThat(admin.post("/journal/comptes/supprimer", Map.of("login", WebFixture.login(Role.VIEWER))).statusCode()).isEqualTo(403);
    // the login form itself needs its double-submit token
    WebFixture.Client other = new WebFixture.Client(server);
    assertThat(other.post("/connexion", Map.of("login", WebFixture.login(Role.VIEWER), "password", WebFixture.PASSWORD)).statusCode()).isEqualTo(403);
  }

  @Test
  void downloadsRefusePathTraversal() {
    WebFixture.Client c = new WebFixture.Client(server).as(Role.ADMIN);
    for (String p : List.of("/telecharger/../parcours.duckdb", "/telecharger/..%2Fparcours.duckdb", "/telecharger/%2e%2e%2futilisateurs-observatoire.json",
        "/telecharger/..%2F..%2F..%2F..%2Fetc%2Fpasswd", "/static/../parcours.duckdb", "/static/..%2f..%2fparcours.duckdb",
        "/webjars/..%2F..%2Futilisateurs-observatoire.json", "/api/figures/..%2F..%2Fparcours.duckdb", "/telecharger/chronogramme.csv%00.duckdb")) {
      HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create(c.base + p)).GET().build());
      assertThat(r.statusCode()).as(p).isNotEqualTo(200);
      assertThat(r.body()).as(p).doesNotContain("DUCK").doesNotContain("argon2id").doesNotContain("root:");
    }
  }

  @Test
  void filtersCannotInjectSql() throws Exception {
    long before = persons();
    WebFixture.Client c = new WebFixture.Client(server).as(Role.VIEWER);
    for (String q : List.of("axe=birth_year%27%3BDROP%20TABLE%20persons%3B--", "croisement=territoire%27%20OR%201%3D1--",
        "indicateur=x%27%29%3BDELETE%20FROM%20persons%3B--", "de=1990%20OR%201%3D1", "a=2000%3BDROP%20TABLE%20persons")) {
      assertThat(c.get("/api/figures/cohorte?" + q).statusCode()).as(q).isEqualTo(400);
      assertThat(c.get("/cohortes?" + q).statusCode()).as(q).isEqualTo(400);
    }
    assertThat(c.get("/api/figures/cohorte?axe=birth_year&croisement=sexe&de=2000&a=2010").statusCode()).isEqualTo(200);
    assertThat(persons()).isEqualTo(before);
  }

  @Test
  void loginAttemptsAreRateLimitedAndAudited() throws Exception {
    WebFixture.Client c = new WebFixture.Client(server);
    String login = WebFixture.THROTTLED;
    for (int i = 0; i < 5; i++) assertThat(c.login(login, "mauvais-mot-de-passe").statusCode()).isEqualTo(401);
    assertThat(c.login(login, WebFixture.PASSWORD).statusCode()).isEqualTo(429);
    new WebFixture.Client(server).as(Role.VIEWER);
    String audit = Files.readString(WebFixture.workspace().resolve(PartnerRelease.AUDIT_LOG));
    assertThat(audit).contains("observatoire-connexion", "echec", "refusee", "reussie").doesNotContain("mauvais-mot-de-passe");
  }

  private static long persons() throws Exception {
    try (Workspace w = Workspace.open(WebFixture.workspace()); Statement s = w.connection().createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM persons")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
