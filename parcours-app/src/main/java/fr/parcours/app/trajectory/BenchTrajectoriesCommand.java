package fr.parcours.app.trajectory;

import fr.parcours.app.console.Progress;
import fr.parcours.app.console.BenchOptions;
import fr.parcours.app.console.WorkDir;
import fr.parcours.engine.trajectory.TrajectoryPipeline;
import fr.parcours.engine.workspace.Workspace;
import fr.parcours.engine.workspace.WorkspaceIngest;
import fr.parcours.ingest.mapping.MappingLoader;
import fr.parcours.ingest.synthetic.GeneratorSettings;
import fr.parcours.ingest.synthetic.SyntheticExtractGenerator;
import fr.parcours.trajectory.Trajectories;
import fr.parcours.trajectory.Trajectory;
import fr.parcours.trajectory.spell.TrajectorySettings;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code parcours bench trajectories}: generates and ingests an extract once, then times in the
 * same run (a) the build of every trajectory (spells, episodes, both monthly sequences) and its
 * indicators, fed by the workspace scan, and (b) the same scan alone (the same canonical rows read
 * and merged by person, no work). Best of {@code --repeat}. Last line: {@code ratio_trajectories_vs_scan}.
 */
@Command(name = "trajectories", mixinStandardHelpOptions = true,
    description = "Compare la construction des trajectoires et indicateurs à la simple lecture des mêmes lignes du workspace.")
public final class BenchTrajectoriesCommand implements Callable<Integer> {
  @Mixin BenchOptions options;

  @Override
  public Integer call() throws Exception {
    PrintStream o = System.out;
    try (WorkDir wd = options.workDir("parcours-bench-trajectoires")) {
      Path work = wd.path();
      Progress progress = new Progress(System.err);
      Path ws = work.resolve("ws");
      o.println("Génération et ingestion (" + Progress.count(options.persons) + " personnes)…");
      var gen = new SyntheticExtractGenerator(GeneratorSettings.of(work.resolve("extrait")).withPersons(options.persons).withTruth(work.resolve("verite")))
          .generate((d, t, r) -> progress.update("Génération", d, t, "personnes"));
      progress.done();
      WorkspaceIngest.run(gen.out(), MappingLoader.builtIn(), ws, null, (f, r) -> progress.update("Ingestion " + f, r, 0, "lignes"));
      progress.done();
      int threads = Runtime.getRuntime().availableProcessors();
      Trajectories trajectories = new Trajectories(TrajectorySettings.DEFAULT);
      double scan = Double.MAX_VALUE;
      double build = Double.MAX_VALUE;
      long n = 0;
      try (Workspace w = Workspace.open(ws)) {
        var ref = w.latestExtract().orElseThrow();
        long[] sink = new long[1];
        for (int i = 0; i < options.repeat; i++) {
          long t = System.nanoTime();
          n = TrajectoryPipeline.scanOnly(w.connection(), ref.id());
          scan = Math.min(scan, (System.nanoTime() - t) / 1e9);
          o.printf(Locale.FRANCE, "  lecture seule, essai %d : %.2f s%n", i + 1, scan);
          t = System.nanoTime();
          TrajectoryPipeline.run(w.connection(), ref.id(), threads, r -> {
            Trajectory tr = trajectories.build(r, ref.date());
            return trajectories.indicators(r, tr).episodes() + tr.byAge().length();
          }, batch -> sink[0] += batch.size(), TrajectoryPipeline.Listener.NONE);
          build = Math.min(build, (System.nanoTime() - t) / 1e9);
          o.printf(Locale.FRANCE, "  trajectoires + indicateurs, essai %d : %.2f s%n", i + 1, build);
        }
      }
      o.printf(Locale.FRANCE, "Trajectoires + indicateurs : %.2f s (%,.0f personnes/s, %d fils)%n", build, n / build, threads);
      o.printf(Locale.FRANCE, "Lecture seule des mêmes lignes : %.2f s (%,.0f personnes/s)%n", scan, n / scan);
      o.printf(Locale.ROOT, "ratio_trajectories_vs_scan=%.2f%n", build / scan);
      return 0;
    }
  }
}
