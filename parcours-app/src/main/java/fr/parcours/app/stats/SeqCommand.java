package fr.parcours.app.stats;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code parcours seq …}: sequence analysis of a CSV file with TraMineR's definitions (see
 * {@code docs/statistics.md}). Sub-commands are listed in {@code subcommands}; add new ones there.
 */
@Command(
    name = "seq",
    mixinStandardHelpOptions = true,
    description = "Analyse de séquences d'états (définitions de TraMineR) sur un fichier CSV.",
    subcommands = {
      SeqStatdCommand.class,
      SeqTrateCommand.class,
      SeqMeantCommand.class,
      SeqIndicatorsCommand.class,
      SeqDistCommand.class,
      SeqClusterCommand.class,
    })
public final class SeqCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "Précisez une sous-commande : statd, trate, meant, indicators, dist ou cluster. Voir parcours seq --help.");
  }
}
