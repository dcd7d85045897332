package fr.parcours.app.web;

import fr.parcours.app.web.report.Observatory;
import fr.parcours.stats.disclosure.SmallCellSuppression;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parcours report}: the self-contained HTML report (and its PDF). */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Écrit le rapport de l'observatoire : un seul fichier HTML autonome (graphiques inclus), les figures publiées ; --pdf l'imprime aussi.")
public final class ReportCommand implements Callable<Integer> {
  @Option(names = "--workspace", required = true, description = "Dossier du workspace.")
  Path workspace;

  @Option(names = "--out", defaultValue = "rapport.html", description = "Fichier HTML écrit (défaut : ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--pdf", description = "Imprime aussi le rapport en PDF (même nom, .pdf) avec Chromium sans interface.")
  boolean pdf;

  @Option(names = "--seuil", defaultValue = "" + SmallCellSuppression.DEFAULT_THRESHOLD,
      description = "Seuil du secret statistique (défaut : ${DEFAULT-VALUE}).")
  int threshold;

  @Override
  public Integer call() {
    if (threshold < 2) throw new fr.parcours.model.ParcoursException("--seuil doit valoir au moins 2 (reçu : " + threshold + ").");
    Path html = ObservatoryReport.write(new Observatory(workspace, threshold), out);
    System.out.println("Rapport HTML : " + html);
    if (pdf) {
      String name = html.getFileName().toString();
      Path target = html.resolveSibling((name.endsWith(".html") ? name.substring(0, name.length() - 5) : name) + ".pdf");
      if (ObservatoryReport.printPdf(html, target)) System.out.println("Rapport PDF : " + target);
      else System.out.println("Chromium absent (/usr/bin/chromium) : PDF non produit ; installez-le (apt-get install chromium) ou imprimez le HTML.");
    }
    return 0;
  }
}
