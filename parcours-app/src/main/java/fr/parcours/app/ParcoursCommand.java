package fr.parcours.app;

import fr.parcours.model.ParcoursException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level {@code parcours} command: every sub-command is registered here. */
@Command(
    name = "parcours",
    mixinStandardHelpOptions = true,
    version = "Parcours 0.1.0",
    description = "Trajectoires en protection de l'enfance : génération, ingestion, statistiques.",
    subcommands = {CommandLine.HelpCommand.class, fr.parcours.app.generate.GenerateCommand.class, fr.parcours.app.demo.DemoCommand.class, fr.parcours.app.ingest.IngestCommand.class, fr.parcours.app.stats.SurvCommand.class, fr.parcours.app.stats.SeqCommand.class, fr.parcours.app.bench.BenchCommand.class, fr.parcours.app.privacy.KeyCommand.class, fr.parcours.app.privacy.AccessCommand.class, fr.parcours.app.privacy.RegisterCommand.class, fr.parcours.app.exchange.PackageCommand.class, fr.parcours.app.exchange.OpenCommand.Verify.class, fr.parcours.app.exchange.OpenCommand.Open.class, fr.parcours.app.exchange.AuditCommand.class, fr.parcours.app.exchange.PgpCommand.class, fr.parcours.app.trajectory.TrajectoriesCommand.class, fr.parcours.app.trajectory.CohortsCommand.class, fr.parcours.app.olinpe.OlinpeCommand.class, fr.parcours.app.web.ServeCommand.class, fr.parcours.app.web.auth.UsersCommand.class, fr.parcours.app.web.ReportCommand.class})
public final class ParcoursCommand implements Runnable {

  @Option(names = "--debug", description = "Affiche la pile d'appels complète en cas d'erreur.", scope = CommandLine.ScopeType.INHERIT)
  boolean debug;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        new CommandLine(this), "Précisez une commande (par exemple : parcours demo). Voir parcours --help.");
  }

  /** Builds the command line with French error handling: user errors print one French message. */
  public static CommandLine commandLine() {
    ParcoursCommand root = new ParcoursCommand();
    CommandLine cl = new CommandLine(root);
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          boolean debug = parseResult.hasMatchedOption("--debug") || root.debug;
          if (ex instanceof ParcoursException) {
            err.println("Erreur : " + ex.getMessage());
            if (debug) ex.printStackTrace(err);
          } else {
            err.println("Erreur inattendue : " + ex);
            err.println("Relancez avec --debug pour le détail, et signalez-la si elle persiste.");
            if (debug) ex.printStackTrace(err);
          }
          err.flush();
          return 2;
        });
    return cl;
  }
}
