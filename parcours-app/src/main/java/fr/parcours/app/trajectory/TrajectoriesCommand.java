package fr.parcours.app.trajectory;

import fr.parcours.app.console.Progress;
import fr.parcours.engine.trajectory.TrajectoryBuild;
import fr.parcours.engine.trajectory.TrajectoryExport;
import fr.parcours.engine.workspace.Workspace;
import fr.parcours.trajectory.sequence.Axis;
import fr.parcours.trajectory.spell.TrajectorySettings;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parcours trajectories}: builds and stores the trajectories of the latest extract, and exports them. */
@Command(name = "trajectories", mixinStandardHelpOptions = true,
    description = "Construit les trajectoires (états, épisodes, séquences mensuelles, indicateurs) du dernier extrait du workspace, "
        + "les enregistre (atomiquement) et peut les exporter.")
public final class TrajectoriesCommand implements Callable<Integer> {
  @Option(names = "--workspace", required = true, description = "Dossier du workspace.")
  Path workspace;

  @Option(names = "--tolerance-jours", defaultValue = "0",
      description = "Interruption sans aucun enregistrement comblée entre deux prises en charge, en jours (défaut : ${DEFAULT-VALUE}, la convention du générateur).")
  int gapDays;

  @Option(names = "--export", paramLabel = "DOSSIER",
      description = "Écrit aussi sequences-age.csv, sequences-calendrier.csv (format large) et etats.csv (format épisodes) dans ce dossier.")
  Path export;

  @Option(names = "--complets", description = "Dans les exports larges, ne garder que les séquences observées tout du long (lisibles par parcours seq).")
  boolean completeOnly;

  @Option(names = "--threads", description = "Fils de calcul (défaut : nombre de cœurs).")
  Integer threads;

  @Override
  public Integer call() {
    PrintStream o = System.out;
    Progress progress = new Progress(System.err);
    TrajectorySettings settings = TrajectorySettings.DEFAULT.withGapTolerance(gapDays);
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
    TrajectoryBuild.Outcome out = TrajectoryBuild.run(workspace, settings, n, done -> progress.update("Trajectoires", done, 0, "personnes"));
    progress.done();
    o.printf(Locale.FRANCE, "Extrait du %s : %s personnes, %s états, %s signalements de cohérence (%.1f s).%n", out.extractDate(),
        Progress.count(out.persons()), Progress.count(out.spells()), Progress.count(out.flags()), out.seconds());
    if (export != null) {
      try (Workspace w = Workspace.open(workspace)) {
        long a = TrajectoryExport.wideSequences(w, Axis.AGE, export.resolve("sequences-age.csv"), completeOnly);
        long c = TrajectoryExport.wideSequences(w, Axis.CALENDAR, export.resolve("sequences-calendrier.csv"), completeOnly);
        long s = TrajectoryExport.spells(w, export.resolve("etats.csv"));
        o.printf(Locale.FRANCE, "Exports dans %s : %s séquences par âge, %s séquences calendaires, %s états.%n", export,
            Progress.count(a), Progress.count(c), Progress.count(s));
      }
    }
    return 0;
  }
}
