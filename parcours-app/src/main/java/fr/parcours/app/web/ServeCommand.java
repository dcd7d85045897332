package fr.parcours.app.web;

import fr.parcours.app.web.auth.UserStore;
import fr.parcours.stats.disclosure.SmallCellSuppression;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parcours serve}: the web observatory on a workspace. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Lance l'observatoire web (pages en français, graphiques, téléchargements) sur un workspace.")
public final class ServeCommand implements Callable<Integer> {
  @Option(names = "--workspace", required = true, description = "Dossier du workspace.")
  Path workspace;

  @Option(names = "--port", defaultValue = "8080", description = "Port d'écoute (défaut : ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Adresse d'écoute (défaut : ${DEFAULT-VALUE}, cette machine seulement ; derrière un proxy HTTPS, gardez-la).")
  String host;

  @Option(names = "--seuil", defaultValue = "" + SmallCellSuppression.DEFAULT_THRESHOLD,
      description = "Seuil du secret statistique : effectifs de 1 à seuil − 1 masqués (défaut : ${DEFAULT-VALUE}).")
  int threshold;

  @Option(names = "--cookies-securises", description = "Marque les cookies Secure (à activer quand un proxy HTTPS sert l'observatoire).")
  boolean secureCookies;

  @Override
  public Integer call() throws InterruptedException {
    System.out.println("Calcul des figures de " + workspace.toAbsolutePath() + "…");
    ObservatoryServer server = ObservatoryServer.start(new ObservatoryServer.Settings(workspace, host, port, threshold, secureCookies));
    UserStore users = new UserStore(workspace.toAbsolutePath());
    System.out.println("Observatoire ouvert : http://" + host + ":" + server.port() + "/ (Ctrl+C pour arrêter)");
    if (users.list().isEmpty()) {
      System.out.println("Aucun compte : créez-en un avec  PARCOURS_PASSWORD=… parcours users add --workspace " + workspace + " --login admin --role admin");
    }
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stop.countDown();
    }));
    stop.await();
    return 0;
  }
}
