package fr.parcours.app.web.bench;

import fr.parcours.app.console.Progress;
import fr.parcours.app.console.WorkDir;
import fr.parcours.app.web.ObservatoryServer;
import fr.parcours.app.web.auth.Role;
import fr.parcours.app.web.auth.Sessions;
import fr.parcours.app.web.auth.UserStore;
import fr.parcours.engine.trajectory.TrajectoryBuild;
import fr.parcours.engine.workspace.Workspace;
import fr.parcours.engine.workspace.WorkspaceIngest;
import fr.parcours.ingest.mapping.MappingLoader;
import fr.parcours.ingest.synthetic.GeneratorSettings;
import fr.parcours.ingest.synthetic.SyntheticExtractGenerator;
import fr.parcours.model.ParcoursException;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parcours bench serve}: the observatory under load. Builds (or reuses) a synthetic
 * workspace, starts the server on loopback, logs {@code --clients} HTTP clients in, and has each
 * one walk the main pages for {@code --seconds}; prints requests per second, median and 95th
 * percentile latency, errors. Reference measured in the same run: the same clients fetching a
 * static file (the CSS), which costs no computation.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Charge l'observatoire web : N clients simultanés parcourent les pages principales ; débit, latences p50/p95, erreurs.")
public final class BenchServeCommand implements Callable<Integer> {
  static final List<String> PAGES = List.of("/vue-ensemble", "/cohortes", "/parcours", "/jeunes-majeurs", "/typologie", "/territoires",
      "/qualite", "/cohortes?axe=birth_year&croisement=territoire", "/api/figures/chronogramme", "/telecharger/cjm-duree.csv");

  @Option(names = "--workspace", description = "Workspace existant (sinon un workspace synthétique est généré dans un dossier temporaire).")
  Path workspace;

  @Option(names = "--persons", defaultValue = "60000", description = "Personnes générées sans --workspace (défaut : ${DEFAULT-VALUE}).")
  int persons;

  @Option(names = "--clients", defaultValue = "50", description = "Clients simultanés (défaut : ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--seconds", defaultValue = "20", description = "Durée de la charge, en secondes (défaut : ${DEFAULT-VALUE}).")
  int seconds;

  /** Latencies and errors of one phase. */
  record Result(long requests, long errors, double seconds, long[] nanos) {
    double perSecond() {
      return requests / seconds;
    }

    double percentileMillis(double p) {
      if (nanos.length == 0) return 0;
      return nanos[Math.min(nanos.length - 1, (int) Math.ceil(p * nanos.length) - 1)] / 1e6;
    }
  }

  @Override
  public Integer call() throws Exception {
    if (clients < 1 || seconds < 1) throw new ParcoursException("--clients et --seconds doivent valoir au moins 1.");
    Path tmp = null;
    Path ws = workspace;
    Progress progress = new Progress(System.err);
    if (ws == null) {
      tmp = Files.createTempDirectory("parcours-bench-serve-");
      Path extract = tmp.resolve("extrait");
      ws = tmp.resolve("workspace");
      System.out.println("Génération de " + Progress.count(persons) + " personnes, ingestion, trajectoires dans " + tmp);
      new SyntheticExtractGenerator(GeneratorSettings.of(extract).withPersons(persons).withSeed(1))
          .generate((d, t, r) -> progress.update("Génération", d, t, "personnes"));
      WorkspaceIngest.run(extract, MappingLoader.builtIn(), ws, null, (f, n) -> progress.update("Lecture de " + f, n, 0, "lignes"));
    }
    boolean built;
    try (Workspace w = Workspace.open(ws)) {
      built = TrajectoryBuild.built(w);
    }
    if (!built) {
      TrajectoryBuild.run(ws, TrajectorySettings.DEFAULT, Runtime.getRuntime().availableProcessors(), d -> progress.update("Trajectoires", d, 0, "personnes"));
    }
    progress.done();
    String login = "bench-" + Sessions.token().substring(0, 8).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "x");
    String password = Sessions.token();
    UserStore users = new UserStore(ws.toAbsolutePath());
    users.put(login, Role.ANALYST, password.toCharArray());
    long t0 = System.nanoTime();
    try (ObservatoryServer server = ObservatoryServer.start(new ObservatoryServer.Settings(ws, "127.0.0.1", 0, 11, false))) {
      System.out.printf(Locale.FRANCE, "Serveur prêt en %.1f s (figures calculées) sur le port %d ; %d clients, %d s par phase.%n",
          (System.nanoTime() - t0) / 1e9, server.port(), clients, seconds);
      String base = "http://127.0.0.1:" + server.port();
      List<HttpClient> sessions = new ArrayList<>();
      for (int i = 0; i < clients; i++) sessions.add(login(base, login, password));
      Result reference = load(sessions, base, List.of("/static/observatoire.css"), Math.max(2, seconds / 4));
      Result pages = load(sessions, base, PAGES, seconds);
      print("Référence (fichier statique)", reference);
      print("Pages de l'observatoire", pages);
      System.out.printf(Locale.FRANCE, "Ratio p95 pages / p95 référence : %.1f ; cible p95 < 300 ms : %s ; erreurs : %d%n",
          pages.percentileMillis(0.95) / Math.max(0.001, reference.percentileMillis(0.95)),
          pages.percentileMillis(0.95) < 300 ? "tenue" : "NON tenue", pages.errors() + reference.errors());
      return pages.errors() + reference.errors() == 0 ? 0 : 1;
    } finally {
      users.remove(login);
      if (tmp != null) WorkDir.deleteTree(tmp);
    }
  }

  private static void print(String what, Result r) {
    System.out.printf(Locale.FRANCE, "%-30s %,9d requêtes  %,8.0f req/s  p50 %6.1f ms  p95 %6.1f ms  erreurs %d%n", what, r.requests(), r.perSecond(),
        r.percentileMillis(0.50), r.percentileMillis(0.95), r.errors());
  }

  static HttpClient login(String base, String login, String password) throws IOException, InterruptedException {
    HttpClient c = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    String page = c.send(HttpRequest.newBuilder(URI.create(base + "/connexion")).build(), HttpResponse.BodyHandlers.ofString()).body();
    Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
    if (!m.find()) throw new IllegalStateException("formulaire de connexion sans jeton");
    String form = "_csrf=" + m.group(1) + "&login=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create(base + "/connexion")).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 303) throw new IllegalStateException("connexion refusée pendant la mesure : " + r.statusCode());
    return c;
  }

  static Result load(List<HttpClient> sessions, String base, List<String> paths, int seconds) throws Exception {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicLong errors = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(sessions.size());
    long start = System.nanoTime();
    try {
      List<Future<long[]>> futures = new ArrayList<>();
      for (int i = 0; i < sessions.size(); i++) {
        HttpClient c = sessions.get(i);
        int offset = i;
        futures.add(pool.submit(() -> {
          long[] lat = new long[1024];
          int n = 0;
          for (int k = offset; System.nanoTime() < end; k++) {
            HttpRequest req = HttpRequest.newBuilder(URI.create(base + paths.get(k % paths.size()))).build();
            long t = System.nanoTime();
            HttpResponse<byte[]> r = c.send(req, HttpResponse.BodyHandlers.ofByteArray());
            long dt = System.nanoTime() - t;
            if (r.statusCode() != 200) errors.incrementAndGet();
            if (n == lat.length) lat = Arrays.copyOf(lat, n * 2);
            lat[n++] = dt;
          }
          return Arrays.copyOf(lat, n);
        }));
      }
      List<long[]> all = new ArrayList<>();
      for (Future<long[]> f : futures) all.add(f.get());
      double elapsed = (System.nanoTime() - start) / 1e9;
      long[] nanos = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
      return new Result(nanos.length, errors.get(), elapsed, nanos);
    } finally {
      pool.shutdownNow();
    }
  }
}
