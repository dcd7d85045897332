package fr.parcours.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.app.Main;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job end to end on a small population, twice (it must be re-runnable). */
class DemoCommandTest {
  @TempDir Path tmp;

  @Test
  void demoRunsEndToEndTwiceAndItsSummaryHoldsNoIdentity() throws Exception {
    Path out = tmp.resolve("parcours-demo");
    assertThat(Main.run("demo", "--persons", "2000", "--out", out.toString())).isZero();
    assertThat(Main.run("demo", "--persons", "2000", "--out", out.toString())).isZero();
    for (String f : List.of("synthese.html", "workspace/parcours.duckdb", "workspace/journal-audit.jsonl", "partenaire/paquet-arpe.pgp",
        "partenaire/registre.html", "extrait/individus.csv", "verite/episodes.csv")) {
      assertThat(out.resolve(f)).as(f).isRegularFile();
    }
    try (var siblings = Files.list(tmp)) {
      assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("parcours-demo");
    }
    String html = Files.readString(out.resolve("synthese.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("Mesures par type").contains("Contrats jeune majeur par décennie de début").contains("lues = chargées + rejetées");
    // The summary is aggregate: no surname, first name or birth date of the extract appears in it.
    List<String> identities = new ArrayList<>();
    List<String> lines = Files.readAllLines(out.resolve("extrait/individus.csv"), Charset.forName("windows-1252"));
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split(";", -1);
      for (int i : new int[] {1, 2, 3, 5, 7}) if (c.length > i && c[i].length() >= 4) identities.add(c[i]);
    }
    assertThat(identities).isNotEmpty();
    for (String id : identities) assertThat(html).as("identité « %s »", id).doesNotContain(id);
  }
}
