package fr.parcours.app.trajectory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.app.ParcoursCommand;
import fr.parcours.engine.workspace.WorkspaceIngest;
import fr.parcours.ingest.load.IngestProgress;
import fr.parcours.ingest.mapping.MappingLoader;
import fr.parcours.ingest.synthetic.GeneratorSettings;
import fr.parcours.ingest.synthetic.SyntheticExtractGenerator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** parcours trajectories, cohorts, and parcours seq reading the wide export. */
class TrajectoryCommandsTest {
  @TempDir Path dir;

  private int run(StringWriter err, String... args) {
    CommandLine cl = ParcoursCommand.commandLine();
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void buildsExportsAndWritesProtectedCohortTables() throws Exception {
    var g = new SyntheticExtractGenerator(GeneratorSettings.of(dir.resolve("extrait")).withTruth(dir.resolve("verite"))
        .withPersons(3000).withSeed(5).withDirtRate(0)).generate();
    WorkspaceIngest.run(g.out(), MappingLoader.builtIn(), dir.resolve("ws"), null, IngestProgress.NONE);
    StringWriter err = new StringWriter();
    String ws = dir.resolve("ws").toString();
    // cohorts builds the trajectories when they are missing
    assertThat(run(err, "cohorts", "--workspace", ws, "--by", "majority_year", "--territory", "--out", dir.resolve("coh").toString())).isZero();
    List<String> cjm = Files.readAllLines(dir.resolve("coh/acces_cjm.csv"), StandardCharsets.UTF_8);
    assertThat(cjm.get(0)).isEqualTo("cohorte;territoire;oui;non;non_observable;effectif;taux_oui_pct;denominateur_taux");
    assertThat(cjm.get(cjm.size() - 1)).startsWith("ensemble;");
    assertThat(String.join("\n", cjm)).contains(";s;");
    assertThat(dir.resolve("coh/medianes.csv")).exists();
    assertThat(dir.resolve("coh/LISEZMOI.txt")).exists();

    Path exp = dir.resolve("exp");
    assertThat(run(err, "trajectories", "--workspace", ws, "--export", exp.toString(), "--complets")).isZero();
    List<String> wide = Files.readAllLines(exp.resolve("sequences-age.csv"), StandardCharsets.UTF_8);
    assertThat(wide.get(0)).startsWith("personne;age_000;age_001;").endsWith(";age_251");
    assertThat(wide.size()).isGreaterThan(100);
    assertThat(Files.readAllLines(exp.resolve("etats.csv"), StandardCharsets.UTF_8).get(0)).isEqualTo("personne;etat;debut;fin");
    // the wide export is what parcours seq reads
    assertThat(run(err, "seq", "statd", exp.resolve("sequences-age.csv").toString(), "--sep", ";", "--columns", "age_000:age_251")).isZero();

    // the threshold can come from the data-sharing convention (k_minimum: 5 in the demo's)
    Path conv = dir.resolve("convention.yaml");
    Files.writeString(conv, fr.parcours.privacy.convention.ConventionLoader.demoText(), StandardCharsets.UTF_8);
    assertThat(run(err, "cohorts", "--workspace", ws, "--by", "birth_year", "--convention", conv.toString(), "--out", dir.resolve("coh5").toString())).isZero();
    assertThat(Files.readString(dir.resolve("coh5/LISEZMOI.txt"), StandardCharsets.UTF_8)).contains("effectif inférieur à 5 masqué");

    assertThat(run(err, "cohorts", "--workspace", ws, "--by", "decennie")).isEqualTo(2);
    assertThat(err.toString()).contains("--by « decennie » inconnu");
  }
}
