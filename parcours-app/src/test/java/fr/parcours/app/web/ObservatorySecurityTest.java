package fr.parcours.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.app.web.auth.Role;
import fr.parcours.app.web.auth.UserStore;
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
    assertThat(registered).contains("GET /comptes", "GET /cles", "POST /comptes/creer", "POST /comptes/supprimer");
    for (Route r : server.routes()) assertThat(r.minRole()).as(r.path()).isNotNull();
    for (Route r : server.routes()) {
      if (r.path().startsWith("/comptes") || r.path().equals("/cles") || r.path().equals("/journal")) assertThat(r.minRole()).as(r.path()).isEqualTo(Role.ADMIN);
    }
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
    assertThat(admin.post("/comptes/supprimer", Map.of("login", WebFixture.login(Role.VIEWER))).statusCode()).isEqualTo(403);
    assertThat(admin.post("/comptes/supprimer", Map.of("login", WebFixture.login(Role.VIEWER), "_csrf", "faux")).statusCode()).isEqualTo(403);
    assertThat(admin.post("/comptes/creer", Map.of("login", "sans-jeton", "role", "admin", "password", "un-mot-de-passe-assez-long",
        "confirmation", "un-mot-de-passe-assez-long")).statusCode()).isEqualTo(403);
    assertThat(new UserStore(WebFixture.workspace()).find(WebFixture.login(Role.VIEWER))).isPresent();
    assertThat(new UserStore(WebFixture.workspace()).find("sans-jeton")).isEmpty();
    // the login form itself needs its double-submit token
    WebFixture.Client other = new WebFixture.Client(server);
    assertThat(other.post("/connexion", Map.of("login", WebFixture.login(Role.VIEWER), "password", WebFixture.PASSWORD)).statusCode()).isEqualTo(403);
  }

  @Test
  void onlyAnAdminManagesAccounts() {
    for (Role role : new Role[] {Role.VIEWER, Role.ANALYST}) {
      WebFixture.Client c = new WebFixture.Client(server).as(role);
      // a valid CSRF token of their own session does not help: the role is checked first
      assertThat(c.post("/comptes/creer", Map.of("_csrf", c.csrf, "login", "intrus-" + role.code(), "role", "admin",
          "password", "un-mot-de-passe-assez-long", "confirmation", "un-mot-de-passe-assez-long")).statusCode()).as(role.code()).isEqualTo(403);
      assertThat(c.post("/comptes/supprimer", Map.of("_csrf", c.csrf, "login", WebFixture.login(Role.ADMIN))).statusCode()).as(role.code()).isEqualTo(403);
      assertThat(c.get("/comptes").statusCode()).isEqualTo(403);
      assertThat(c.get("/cles").statusCode()).isEqualTo(403);
    }
    UserStore users = new UserStore(WebFixture.workspace());
    assertThat(users.find("intrus-viewer")).isEmpty();
    assertThat(users.find("intrus-analyst")).isEmpty();
    assertThat(users.find(WebFixture.login(Role.ADMIN))).isPresent();
  }

  @Test
  void anAdminCreatesAndDeletesAnAccountInTheForm() throws Exception {
    String password = "Mot-de-passe-initial-987";
    WebFixture.Client admin = new WebFixture.Client(server).as(Role.ADMIN);
    Map<String, String> form = new java.util.HashMap<>(Map.of("_csrf", admin.csrf, "login", "nouvelle.analyste", "role", "analyst",
        "password", password, "confirmation", password));
    HttpResponse<String> r = admin.post("/comptes/creer", form);
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location")).hasValue("/comptes?cree=nouvelle.analyste");
    assertThat(admin.get("/comptes?cree=nouvelle.analyste").body()).contains("Compte « nouvelle.analyste » créé avec le rôle analyste.");
    UserStore users = new UserStore(WebFixture.workspace());
    UserStore.User u = users.find("nouvelle.analyste").orElseThrow();
    assertThat(u.role()).isEqualTo(Role.ANALYST);
    assertThat(u.hash()).startsWith("$argon2id$v=19$").doesNotContain(password);
    assertThat(Files.readString(users.file())).doesNotContain(password);
    // the new account works
    WebFixture.Client created = new WebFixture.Client(server);
    assertThat(created.login("nouvelle.analyste", password).statusCode()).isEqualTo(303);
    // refusals re-show the form (400), keep the login, never the password
    HttpResponse<String> again = admin.post("/comptes/creer", form);
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(again.body()).contains("existe déjà").doesNotContain(password);
    form.put("login", "autre.compte");
    form.put("confirmation", password + "x");
    HttpResponse<String> mismatch = admin.post("/comptes/creer", form);
    assertThat(mismatch.statusCode()).isEqualTo(400);
    assertThat(mismatch.body()).contains("diffèrent", "value=\"autre.compte\"").doesNotContain(password);
    form.put("password", "court");
    form.put("confirmation", "court");
    assertThat(admin.post("/comptes/creer", form).body()).contains("trop court");
    form.put("password", password);
    form.put("confirmation", password);
    form.put("role", "public");
    assertThat(admin.post("/comptes/creer", form).statusCode()).isEqualTo(400);
    form.put("role", "viewer");
    form.put("login", "../../etc");
    assertThat(admin.post("/comptes/creer", form).statusCode()).isEqualTo(400);
    assertThat(users.find("autre.compte")).isEmpty();
    // deletion closes the account's sessions; one's own account cannot be deleted
    assertThat(admin.post("/comptes/supprimer", Map.of("_csrf", admin.csrf, "login", WebFixture.login(Role.ADMIN))).statusCode()).isEqualTo(400);
    HttpResponse<String> ask = admin.post("/comptes/supprimer", Map.of("_csrf", admin.csrf, "login", "nouvelle.analyste"));
    assertThat(ask.statusCode()).isEqualTo(200);
    assertThat(ask.body()).contains("Supprimer le compte « nouvelle.analyste »", "name=\"confirme\" value=\"oui\"");
    assertThat(users.find("nouvelle.analyste")).as("rien n'est supprimé avant la confirmation").isPresent();
    assertThat(created.get("/vue-ensemble").statusCode()).isEqualTo(200);
    assertThat(admin.post("/comptes/supprimer", Map.of("_csrf", admin.csrf, "login", "nouvelle.analyste", "confirme", "oui")).statusCode()).isEqualTo(303);
    assertThat(users.find("nouvelle.analyste")).isEmpty();
    assertThat(created.get("/vue-ensemble").statusCode()).isEqualTo(302);
    String audit = Files.readString(WebFixture.workspace().resolve(PartnerRelease.AUDIT_LOG));
    assertThat(audit).contains("observatoire-compte-cree", "nouvelle.analyste", "observatoire-compte-supprime").doesNotContain(password);
  }

  @Test
  void everyAccountChangesItsOwnPasswordOnlyWithTheCurrentOne() throws Exception {
    String login = "compte.mot-de-passe";
    String next = "Nouvelle-phrase-de-passe-314";
    UserStore users = new UserStore(WebFixture.workspace());
    String created = users.put(login, Role.VIEWER, WebFixture.PASSWORD.toCharArray()).created();
    WebFixture.Client c = new WebFixture.Client(server);
    assertThat(c.login(login, WebFixture.PASSWORD).statusCode()).isEqualTo(303);
    WebFixture.Client elsewhere = new WebFixture.Client(server);
    assertThat(elsewhere.login(login, WebFixture.PASSWORD).statusCode()).isEqualTo(303);
    HttpResponse<String> page = c.get("/mot-de-passe");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Mot de passe actuel", "Nouveau mot de passe", "autocomplete=\"current-password\"");
    assertThat(c.get("/vue-ensemble").body()).contains("href=\"/mot-de-passe\"");

    Map<String, String> form = new java.util.HashMap<>(Map.of("actuel", WebFixture.PASSWORD, "password", next, "confirmation", next));
    assertThat(c.post("/mot-de-passe", form).statusCode()).as("sans jeton CSRF").isEqualTo(403);
    form.put("_csrf", c.csrf);
    form.put("actuel", "pas-le-bon-mot-de-passe");
    HttpResponse<String> wrong = c.post("/mot-de-passe", form);
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(wrong.body()).contains("Mot de passe actuel incorrect").doesNotContain(next).doesNotContain("pas-le-bon-mot-de-passe");
    form.put("actuel", WebFixture.PASSWORD);
    form.put("confirmation", next + "x");
    assertThat(c.post("/mot-de-passe", form).body()).contains("diffèrent").doesNotContain(next);
    form.put("password", "court");
    form.put("confirmation", "court");
    assertThat(c.post("/mot-de-passe", form).body()).contains("trop court");
    form.put("password", WebFixture.PASSWORD);
    form.put("confirmation", WebFixture.PASSWORD);
    assertThat(c.post("/mot-de-passe", form).body()).contains("différent de l'actuel");
    // nothing changed so far
    assertThat(new WebFixture.Client(server).login(login, WebFixture.PASSWORD).statusCode()).isEqualTo(303);

    form.put("password", next);
    form.put("confirmation", next);
    HttpResponse<String> done = c.post("/mot-de-passe", form);
    assertThat(done.statusCode()).isEqualTo(303);
    assertThat(done.headers().firstValue("Location")).hasValue("/mot-de-passe?change=1");
    assertThat(c.get("/mot-de-passe?change=1").body()).contains("Mot de passe changé");
    // this session goes on, the account's other sessions are closed
    assertThat(c.get("/vue-ensemble").statusCode()).isEqualTo(200);
    assertThat(elsewhere.get("/vue-ensemble").statusCode()).isEqualTo(302);
    assertThat(new WebFixture.Client(server).login(login, WebFixture.PASSWORD).statusCode()).isEqualTo(401);
    assertThat(new WebFixture.Client(server).login(login, next).statusCode()).isEqualTo(303);
    UserStore.User u = users.find(login).orElseThrow();
    assertThat(u.role()).isEqualTo(Role.VIEWER);
    assertThat(u.created()).isEqualTo(created);
    assertThat(Files.readString(users.file())).doesNotContain(next).doesNotContain(WebFixture.PASSWORD);
    String audit = Files.readString(WebFixture.workspace().resolve(PartnerRelease.AUDIT_LOG));
    assertThat(audit).contains("observatoire-mot-de-passe", "echec (mot de passe actuel incorrect)")
        .doesNotContain(next).doesNotContain("pas-le-bon-mot-de-passe");
  }

  @Test
  void wrongCurrentPasswordsAreLimitedPerAccount() {
    String login = "compte.mot-de-passe-limite";
    new UserStore(WebFixture.workspace()).put(login, Role.ANALYST, WebFixture.PASSWORD.toCharArray());
    WebFixture.Client c = new WebFixture.Client(server);
    assertThat(c.login(login, WebFixture.PASSWORD).statusCode()).isEqualTo(303);
    String next = "Nouvelle-phrase-de-passe-271";
    Map<String, String> form = Map.of("_csrf", c.csrf, "actuel", "essai-au-hasard", "password", next, "confirmation", next);
    for (int i = 0; i < 5; i++) assertThat(c.post("/mot-de-passe", form).statusCode()).isEqualTo(400);
    // even the right current password is refused until the window passes
    Map<String, String> right = Map.of("_csrf", c.csrf, "actuel", WebFixture.PASSWORD, "password", next, "confirmation", next);
    assertThat(c.post("/mot-de-passe", right).statusCode()).isEqualTo(429);
    assertThat(new WebFixture.Client(server).login(login, WebFixture.PASSWORD).statusCode()).isEqualTo(303);
  }

  @Test
  void theKeysPageShowsFingerprintsAndKeyOperationsOnly() {
    WebFixture.Client admin = new WebFixture.Client(server).as(Role.ADMIN);
    HttpResponse<String> r = admin.get("/cles");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains(WebFixture.FINGERPRINT, WebFixture.RETIRED_FINGERPRINT, "2025-01-15", "cle_rotation", "Chaîne vérifiée")
        .doesNotContain("argon2id").doesNotContain("observatoire-connexion");
  }

  @Test
  void malformedStaticPathsAreRefusedWithoutServerError() {
    WebFixture.Client anon = new WebFixture.Client(server);
    for (String p : List.of("/static/../parcours.duckdb", "/static/..%2fparcours.duckdb", "/static/%2e%2e/parcours.duckdb", "/static/..\\parcours.duckdb",
        "/webjars/../utilisateurs-observatoire.json", "/static/observatoire.css%00.duckdb", "/static/./../../etc/passwd", "/static/%c0%ae%c0%ae/x")) {
      HttpResponse<String> res = anon.send(HttpRequest.newBuilder(URI.create(anon.base + p.replace("\\", "%5C"))).GET().build());
      assertThat(res.statusCode()).as(p).isIn(400, 404);
      assertThat(res.body()).as(p).doesNotContain("DUCK").doesNotContain("argon2id").doesNotContain("root:");
    }
    assertThat(anon.get("/static/observatoire.css").statusCode()).isEqualTo(200);
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
