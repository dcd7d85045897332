package fr.parcours.app.web;

import fr.parcours.app.web.auth.Role;
import fr.parcours.app.web.auth.UserStore;
import fr.parcours.engine.release.KeyBinding;
import fr.parcours.engine.release.PartnerRelease;
import fr.parcours.engine.trajectory.TrajectoryBuild;
import fr.parcours.exchange.audit.AuditLog;
import fr.parcours.engine.trajectory.TrajectoryPipeline;
import fr.parcours.engine.workspace.WorkspaceIngest;
import fr.parcours.ingest.mapping.MappingLoader;
import fr.parcours.ingest.synthetic.GeneratorSettings;
import fr.parcours.ingest.synthetic.SyntheticExtractGenerator;
import fr.parcours.trajectory.spell.TrajectorySettings;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One synthetic workspace per test JVM (3,000 persons, trajectories built, one account per role),
 * shared by the web tests, and an HTTP client that logs in like a browser.
 */
final class WebFixture {
  static final String PASSWORD = "mot-de-passe-de-test-42";
  static final int THRESHOLD = 11;
  /** An account only the rate-limit test uses (it ends up blocked). */
  static final String THROTTLED = "compte-limite";
  static final String FINGERPRINT = "a1b2c3d4e5f60718";
  static final String RETIRED_FINGERPRINT = "0f1e2d3c4b5a6978";
  private static Path workspace;

  private WebFixture() {}

  static synchronized Path workspace() {
    if (workspace != null) return workspace;
    try {
      Path root = Files.createTempDirectory("parcours-web-");
      Path extract = root.resolve("extrait");
      Path ws = root.resolve("workspace");
      new SyntheticExtractGenerator(GeneratorSettings.of(extract).withPersons(3000).withSeed(7)).generate((d, t, r) -> {});
      WorkspaceIngest.run(extract, MappingLoader.builtIn(), ws, null, (f, n) -> {});
      TrajectoryBuild.run(ws, TrajectorySettings.DEFAULT, 2, TrajectoryPipeline.Listener.NONE);
      UserStore users = new UserStore(ws);
      for (Role r : new Role[] {Role.ADMIN, Role.ANALYST, Role.VIEWER}) users.put(login(r), r, PASSWORD.toCharArray());
      users.put(THROTTLED, Role.VIEWER, PASSWORD.toCharArray());
      // the key status the Clés page reads: a bound fingerprint, a retired one, a rotation in the audit log
      Files.writeString(ws.resolve(KeyBinding.FILE), FINGERPRINT + "\n");
      Files.writeString(ws.resolve(KeyBinding.RETIRED_FILE), RETIRED_FINGERPRINT + ";2025-01-15\n");
      AuditLog.append(ws.resolve(PartnerRelease.AUDIT_LOG), "cle_rotation",
          Map.of("ancienne_empreinte", RETIRED_FINGERPRINT, "nouvelle_empreinte", FINGERPRINT, "coffre", "coffre-2025.p12"));
      workspace = ws;
      return ws;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static ObservatoryServer start() {
    return ObservatoryServer.start(new ObservatoryServer.Settings(workspace(), "127.0.0.1", 0, THRESHOLD, false));
  }

  static String login(Role r) {
    return "compte-" + r.code();
  }

  /** A cookie-keeping client on one server. */
  static final class Client {
    final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    final String base;
    String csrf;

    Client(ObservatoryServer server) {
      this.base = "http://127.0.0.1:" + server.port();
    }

    HttpResponse<String> get(String path) {
      return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    HttpResponse<String> post(String path, Map<String, String> form) {
      String body = form.entrySet().stream()
          .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
          .collect(Collectors.joining("&"));
      return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> send(HttpRequest r) {
      try {
        return http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    /** Logs in through the form; returns the POST's answer and keeps the page CSRF token. */
    HttpResponse<String> login(String login, String password) {
      String token = hidden(get("/connexion").body());
      HttpResponse<String> r = post("/connexion", Map.of("_csrf", token, "login", login, "password", password));
      if (r.statusCode() == 303) csrf = hidden(get("/vue-ensemble").body());
      return r;
    }

    Client as(Role role) {
      HttpResponse<String> r = login(WebFixture.login(role), PASSWORD);
      if (r.statusCode() != 303) throw new IllegalStateException("connexion refusée : " + r.statusCode());
      return this;
    }
  }

  static String hidden(String html) {
    Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
    if (!m.find()) throw new IllegalStateException("pas de jeton CSRF dans la page");
    return m.group(1);
  }
}
