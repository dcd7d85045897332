package fr.parcours.app.demo;

import fr.parcours.app.report.AnalysisSections;
import fr.parcours.engine.analysis.CjmDurations;
import fr.parcours.engine.analysis.CjmEffect;
import fr.parcours.engine.analysis.CjmEffectAnalysis;
import fr.parcours.engine.analysis.Typology;
import fr.parcours.engine.analysis.TypologyAnalysis;
import fr.parcours.engine.trajectory.CohortReport;
import fr.parcours.engine.trajectory.PublishedTable;
import fr.parcours.engine.trajectory.TrajectoryViews;
import fr.parcours.engine.workspace.Workspace;
import fr.parcours.model.ParcoursException;
import fr.parcours.stats.disclosure.SmallCellSuppression;
import fr.parcours.stats.effect.IpwSettings;
import fr.parcours.stats.survival.SurvCurve;
import fr.parcours.trajectory.cohort.CohortAxis;
import fr.parcours.trajectory.cohort.CohortSpec;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The statistics the demo computes on its workspace, printed in French and returned for the HTML page. */
final class DemoStatistics {
  /** Cohort tables shown in the summary (the CLI writes them all). */
  private static final Set<String> SHOWN = Set.of("acces_cjm", "sortie_seche", "place_avant_18");

  private DemoStatistics() {}

  static AnalysisSections.Analyses compute(Workspace w, PrintStream o, long seed) {
    int threshold = SmallCellSuppression.DEFAULT_THRESHOLD;
    List<PublishedTable> tables = CohortReport.protect(CohortReport.compute(w, CohortSpec.of(CohortAxis.MAJORITY_YEAR)), threshold)
        .stream().filter(t -> SHOWN.contains(t.name())).toList();
    TrajectoryViews.StateDistribution chrono = TrajectoryViews.stateDistributionByAge(w, threshold);
    List<TrajectoryViews.FrequentSequence> top = TrajectoryViews.topSequences(w, 10, threshold);
    o.println("   Suites d'états les plus fréquentes (naissance → 21 ans) :");
    for (int i = 0; i < Math.min(3, top.size()); i++) {
      o.printf(Locale.FRANCE, "     %5.1f %%  %s%n", 100 * top.get(i).share(), top.get(i).labels());
    }

    List<SurvCurve> durations = CjmDurations.byPeriod(w, threshold);
    o.println("   Durée des CJM (Kaplan–Meier), encore en cours après 12 mois :");
    for (SurvCurve c : durations) {
      o.printf(Locale.FRANCE, "     majorité %-14s %5.1f %%  (%s jeunes)%n", c.stratum(), 100 * CjmDurations.survivalAt(c, 12), c.records());
    }

    CjmEffect effect = null;
    try {
      effect = CjmEffectAnalysis.estimate(w, IpwSettings.defaults(seed).withBootstrapReplicates(500));
      o.printf(Locale.FRANCE, "   Effet du CJM sur l'ouverture du RSA avant 25 ans : %+.1f points (IC 95 %% : %+.1f à %+.1f), comparaison brute : %+.1f points%n",
          100 * effect.estimate(), 100 * effect.lower(), 100 * effect.upper(), 100 * effect.naive());
    } catch (ParcoursException e) {
      o.println("   Effet du CJM non estimé : " + e.getMessage());
    }

    Typology typology = null;
    try {
      typology = TypologyAnalysis.compute(w, 1500, 5, seed);
      o.println("   Typologie des parcours de 16 à 21 ans :");
      for (Typology.Cluster c : typology.clusters()) o.printf(Locale.FRANCE, "     type %d  %5.1f %%  %s%n", c.number(), 100 * c.share(), c.label());
    } catch (ParcoursException e) {
      o.println("   Typologie non calculée : " + e.getMessage());
    }
    return new AnalysisSections.Analyses(tables, chrono, top, durations, effect, typology, threshold);
  }
}
