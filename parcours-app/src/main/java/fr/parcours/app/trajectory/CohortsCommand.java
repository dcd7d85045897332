package fr.parcours.app.trajectory;

import fr.parcours.app.console.Progress;
import fr.parcours.engine.trajectory.CohortReport;
import fr.parcours.engine.trajectory.PublishedTable;
import fr.parcours.engine.trajectory.TrajectoryBuild;
import fr.parcours.engine.trajectory.TrajectoryExport;
import fr.parcours.engine.workspace.Workspace;
import fr.parcours.model.ParcoursException;
import fr.parcours.privacy.convention.ConventionLoader;
import fr.parcours.stats.disclosure.SmallCellSuppression;
import fr.parcours.trajectory.cohort.CohortAxis;
import fr.parcours.trajectory.cohort.CohortSpec;
import fr.parcours.trajectory.cohort.CohortTables;
import fr.parcours.trajectory.spell.TrajectorySettings;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parcours cohorts}: cohort × indicator tables, protected by small-cell suppression, as CSV. */
@Command(name = "cohorts", mixinStandardHelpOptions = true,
    description = "Écrit les tableaux cohorte × indicateur (effectifs, taux avec dénominateur, médianes avec effectif), "
        + "protégés par le secret statistique, en CSV (;).")
public final class CohortsCommand implements Callable<Integer> {
  @Option(names = "--workspace", required = true, description = "Dossier du workspace.")
  Path workspace;

  @Option(names = "--by", required = true, description = "Cohortes par : birth_year (naissance), majority_year (18 ans) ou entry_year (première mesure).")
  String by;

  @Option(names = "--territory", description = "Croiser avec le territoire.")
  boolean territory;

  @Option(names = "--sex", description = "Croiser avec le sexe.")
  boolean sex;

  @Option(names = "--mna", description = "Croiser avec le statut de mineur non accompagné.")
  boolean mna;

  @Option(names = "--out", defaultValue = "cohortes", description = "Dossier de sortie (défaut : ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--seuil",
      description = "Seuil du secret statistique : les effectifs de 1 à seuil − 1 sont masqués (défaut : celui de la convention donnée par --convention, sinon "
          + SmallCellSuppression.DEFAULT_THRESHOLD + ").")
  Integer explicitThreshold;

  @Option(names = "--convention", description = "Convention dont la taille minimale de cellule (k_minimum) sert de seuil.")
  Path convention;

  @Override
  public Integer call() {
    PrintStream o = System.out;
    int threshold = explicitThreshold != null ? explicitThreshold
        : convention != null ? ConventionLoader.load(convention).kMin() : SmallCellSuppression.DEFAULT_THRESHOLD;
    if (threshold < 2) throw new ParcoursException("--seuil doit valoir au moins 2 (reçu : " + threshold + ").");
    CohortSpec spec = new CohortSpec(CohortAxis.parse(by), territory, sex, mna);
    boolean built;
    try (Workspace w = Workspace.open(workspace)) {
      built = TrajectoryBuild.built(w);
    }
    if (!built) {
      o.println("Trajectoires absentes pour le dernier extrait : construction…");
      Progress progress = new Progress(System.err);
      TrajectoryBuild.run(workspace, TrajectorySettings.DEFAULT, Runtime.getRuntime().availableProcessors(),
          done -> progress.update("Trajectoires", done, 0, "personnes"));
      progress.done();
    }
    List<PublishedTable> tables;
    CohortTables raw;
    try (Workspace w = Workspace.open(workspace)) {
      raw = CohortReport.compute(w, spec);
      tables = CohortReport.protect(raw, threshold);
    }
    TrajectoryExport.tables(tables, out, threshold, spec.axis().label());
    o.printf(Locale.FRANCE, "%s personnes en cohortes (%s) ; %d tableaux écrits dans %s (secret : effectifs < %d masqués).%n",
        Progress.count(raw.persons()), spec.axis().label(), tables.size(), out.toAbsolutePath(), threshold);
    return 0;
  }
}
