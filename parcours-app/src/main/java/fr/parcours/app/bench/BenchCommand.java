package fr.parcours.app.bench;

import fr.parcours.app.stats.BenchSeqdistCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code parcours bench …}: benchmarks that print ratios against a reference measured in the same
 * run and whose figures go to {@code docs/benchmarks.md}. Add sub-commands to {@code subcommands}.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Mesures de performance (avec une référence mesurée dans la même exécution).",
    subcommands = {BenchIngestCommand.class, BenchSeqdistCommand.class, fr.parcours.app.privacy.BenchPseudoCommand.class, fr.parcours.app.trajectory.BenchTrajectoriesCommand.class, fr.parcours.app.web.bench.BenchServeCommand.class})
public final class BenchCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Précisez une mesure, par exemple : parcours bench seqdist --n 3000.");
  }
}
