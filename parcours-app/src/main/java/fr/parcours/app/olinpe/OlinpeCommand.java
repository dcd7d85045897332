package fr.parcours.app.olinpe;

import fr.parcours.app.privacy.Passphrase;
import fr.parcours.engine.olinpe.OlinpeExport;
import fr.parcours.engine.olinpe.OlinpeRelease;
import fr.parcours.exchange.olinpe.OlinpeCheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parcours olinpe export|check}: the yearly national event file and its quality checks. */
@Command(name = "olinpe", mixinStandardHelpOptions = true, description = "Fichier annuel OLINPE (évènements de l'année) et ses contrôles qualité.",
    subcommands = {OlinpeCommand.Export.class, OlinpeCommand.Check.class})
public final class OlinpeCommand implements Runnable {
  @Override
  public void run() {
    throw new CommandLine.ParameterException(new CommandLine(this), "Précisez export ou check (voir parcours olinpe --help).");
  }

  /** {@code parcours olinpe export}. */
  @Command(name = "export", mixinStandardHelpOptions = true, description = {
      "Écrit le fichier OLINPE d'une année : un DONNEE par mesure qui commence (TYPEV 1), est renouvelée (2) ou finit (3),",
      "NUMANONYM calculé avec la clé du coffre, validé contre olinpe.xsd, écrit de façon atomique. Phrase secrète :",
      "variable PARCOURS_PASSPHRASE ou saisie masquée."})
  static final class Export implements Callable<Integer> {
    @Option(names = "--workspace", required = true, description = "Dossier du workspace (dernier extrait utilisé).")
    Path workspace;

    @Option(names = "--year", required = true, description = "Année des évènements (2017 à l'année de l'extrait).")
    int year;

    @Option(names = "--out", required = true, description = "Fichier à écrire (remplacé s'il existe).")
    Path out;

    @Option(names = "--format", defaultValue = "xml", description = "xml (défaut) ou csv (séparateur ;).")
    String format;

    @Option(names = "--keystore", defaultValue = "coffre.json", description = "Coffre de la clé maîtresse (défaut : ${DEFAULT-VALUE}).")
    Path keystore;

    @Override
    public Integer call() {
      char[] pass = Passphrase.keystore("Phrase secrète du coffre");
      var r = OlinpeExport.run(new OlinpeExport.Settings(workspace, keystore, pass, year, out, format), System.err::println);
      java.util.Arrays.fill(pass, '\0');
      System.out.println("Fichier OLINPE écrit : " + r.file());
      System.out.printf(Locale.FRANCE, "Année %d, département %s, extrait du %s : %,d évènements pour %,d personnes ; identifiants changés : %d%n",
          r.year(), r.departement(), r.extractId(), r.records(), r.persons(), r.changedIdentifiers());
      System.out.println("  type de mesure   débuts  renouvellements   fins");
      for (Map.Entry<String, Map<String, Long>> e : r.byType().entrySet()) {
        Map<String, Long> c = e.getValue();
        System.out.printf(Locale.FRANCE, "  %-14s %,8d %,16d %,6d%n", e.getKey(), c.getOrDefault("1", 0L), c.getOrDefault("2", 0L), c.getOrDefault("3", 0L));
      }
      return 0;
    }
  }

  /** {@code parcours olinpe check}. */
  @Command(name = "check", mixinStandardHelpOptions = true, description = {
      "Contrôle un fichier OLINPE (XML ou CSV, de Parcours ou d'un autre logiciel) : catalogue numéroté de contrôles",
      "rouge / orange / vert, rapport HTML et CSV en français ; chaque évènement en défaut est désigné par sa position",
      "et son NUMANONYM. Code de sortie 1 s'il reste un contrôle rouge."})
  static final class Check implements Callable<Integer> {
    @Parameters(index = "0", description = "Fichier OLINPE à contrôler.")
    Path file;

    @Option(names = "--previous", arity = "1..*", description = "Fichiers des années précédentes (pour les fins sans début, contrôle C06).")
    List<Path> previous = new ArrayList<>();

    @Option(names = "--out", description = "Dossier du rapport (défaut : celui du fichier).")
    Path out;

    @Override
    public Integer call() {
      var c = OlinpeRelease.check(file, previous, out);
      var r = c.report();
      System.out.printf(Locale.FRANCE, "%s : année %d, %,d évènements%n", file.getFileName(), r.year(), r.records());
      for (var o : r.outcomes()) {
        System.out.printf(Locale.FRANCE, "  %s %-7s %-55s %,d%n", o.check().number(), o.status().label(), o.check().title(), o.failures().size());
      }
      System.out.println("Rapport : " + c.reportHtml() + " et " + c.reportCsv());
      return c.count(OlinpeCheck.Grade.ROUGE) > 0 ? 1 : 0;
    }
  }
}
