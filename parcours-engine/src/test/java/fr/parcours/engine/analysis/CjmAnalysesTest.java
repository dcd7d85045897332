package fr.parcours.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.engine.trajectory.TrajectoryBuild;
import fr.parcours.engine.workspace.Workspace;
import fr.parcours.engine.workspace.WorkspaceIngest;
import fr.parcours.ingest.load.IngestProgress;
import fr.parcours.ingest.mapping.MappingLoader;
import fr.parcours.ingest.synthetic.GeneratorSettings;
import fr.parcours.ingest.synthetic.SyntheticExtractGenerator;
import fr.parcours.stats.effect.IpwSettings;
import fr.parcours.stats.survival.SurvCurve;
import fr.parcours.trajectory.spell.TrajectorySettings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statistics wired on a generated extract, checked against what the generator planted
 * (docs/generateur.md): a CJM lowers the probability of opening RSA before 25 by exactly 0.12
 * for everyone, with confounding that biases the naive comparison.
 */
class CjmAnalysesTest {
  static final double PLANTED_EFFECT = -0.12;
  @TempDir static Path tmp;
  static Path ws;

  @BeforeAll
  static void buildWorkspace() {
    var g = new SyntheticExtractGenerator(GeneratorSettings.of(tmp.resolve("extrait")).withTruth(tmp.resolve("verite"))
        .withPersons(40_000).withSeed(11).withDirtRate(0)).generate();
    ws = tmp.resolve("ws");
    WorkspaceIngest.run(g.out(), MappingLoader.builtIn(), ws, null, IngestProgress.NONE);
    TrajectoryBuild.run(ws, TrajectorySettings.DEFAULT, 2, done -> {});
  }

  @Test
  void ipwRecoversThePlantedCjmEffectWhereTheNaiveComparisonDoesNot() {
    CjmEffect e;
    try (Workspace w = Workspace.open(ws)) {
      e = CjmEffectAnalysis.estimate(w, IpwSettings.defaults(5).withBootstrapReplicates(300));
    }
    assertThat(e.population()).isGreaterThan(1500);
    assertThat(e.treated()).isPositive();
    assertThat(e.control()).isPositive();
    // The 95 % bootstrap interval covers the planted effect…
    assertThat(e.lower()).isLessThan(PLANTED_EFFECT);
    assertThat(e.upper()).isGreaterThan(PLANTED_EFFECT);
    // …and the naive difference, biased by confounding (unstable paths get fewer CJMs and more RSA), falls outside it.
    assertThat(e.naive() < e.lower() || e.naive() > e.upper()).as("naïf %s hors de [%s, %s]", e.naive(), e.lower(), e.upper()).isTrue();
    // Weighting balances the confounders: every standardised difference below 0.1 after weighting.
    assertThat(e.balance()).allSatisfy(b -> assertThat(Math.abs(b.smdAfter())).isLessThan(0.1));
  }

  @Test
  void cjmDurationCurvesArePublishedByPeriodAndDecrease() {
    List<SurvCurve> curves;
    try (Workspace w = Workspace.open(ws)) {
      curves = CjmDurations.byPeriod(w, 11);
    }
    assertThat(curves).extracting(SurvCurve::stratum).contains("2007-2016", "2017-2021");
    for (SurvCurve c : curves) {
      assertThat(c.records()).isGreaterThanOrEqualTo(11);
      for (int i = 1; i < c.surv().length; i++) assertThat(c.surv()[i]).isLessThanOrEqualTo(c.surv()[i - 1]);
      // CJMs end at the latest the day before 21: nobody is still in a CJM 37 months after it began at 18.
      assertThat(CjmDurations.survivalAt(c, 37)).isZero();
    }
  }

  @Test
  void typologyGivesKTypesWithTheirMedoids() {
    Typology t;
    try (Workspace w = Workspace.open(ws)) {
      t = TypologyAnalysis.compute(w, 400, 5, 3);
    }
    assertThat(t.clusters()).hasSize(5);
    assertThat(t.clusters().stream().mapToInt(Typology.Cluster::size).sum()).isEqualTo(t.persons());
    assertThat(t.persons()).isLessThanOrEqualTo(400).isPositive();
    for (Typology.Cluster c : t.clusters()) {
      assertThat(c.medoid()).hasSize(TypologyAnalysis.TO_MONTH - TypologyAnalysis.FROM_MONTH + 1);
      double sum = 0;
      for (double s : c.shares()) sum += s;
      assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }
    assertThat(t.clusters().get(0).size()).isGreaterThanOrEqualTo(t.clusters().get(4).size());
  }
}
