package fr.parcours.ingest.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.parcours.model.ParcoursException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Determinism, clean-extract accounting, encodings and settings checks of the written files. */
class GeneratorFilesTest {
  @TempDir Path tmp;

  private GeneratorSettings settings(String name, int persons, double dirt) {
    return GeneratorSettings.of(tmp.resolve(name).resolve("extrait")).withPersons(persons).withDirtRate(dirt);
  }

  @Test
  void sameSettingsGiveSameBytesWhateverTheThreads() throws IOException {
    GeneratorSettings a = settings("a", 2500, 0.05).withThreads(1);
    GeneratorSettings b = settings("b", 2500, 0.05).withThreads(2);
    new SyntheticExtractGenerator(a).generate();
    new SyntheticExtractGenerator(b).generate();
    new SyntheticExtractGenerator(b).generate(); // re-run overwrites cleanly
    for (Path dir : List.of(Path.of("extrait"), Path.of("verite"))) {
      Map<String, byte[]> left = files(a.out().getParent().resolve(dir));
      Map<String, byte[]> right = files(b.out().getParent().resolve(dir));
      assertThat(left.keySet()).isEqualTo(right.keySet());
      left.forEach((k, v) -> assertThat(right.get(k)).as(k).isEqualTo(v));
    }
    try (Stream<Path> siblings = Files.list(b.out().getParent())) {
      assertThat(siblings.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("extrait", "verite");
    }
    GeneratorSettings c = settings("c", 2500, 0.05).withSeed(2);
    new SyntheticExtractGenerator(c).generate();
    assertThat(Files.readAllBytes(c.out().resolve("mesures.csv")))
        .isNotEqualTo(Files.readAllBytes(a.out().resolve("mesures.csv")));
  }

  @Test
  void cleanExtractHasNoDirtAndMatchesTheTrueCounts() throws IOException {
    GeneratorSettings s = settings("propre", 3000, 0);
    GenerationSummary summary = new SyntheticExtractGenerator(s).generate();
    Map<String, Long> counts = readCounts(s.truth().resolve("comptes.csv"));
    assertThat(lines(s.truth().resolve("salissures.csv"), StandardCharsets.UTF_8)).hasSize(1);
    assertThat(summary.dirtEntries()).isZero();
    Charset cp = s.encoding();
    assertThat(lines(s.out().resolve("individus.csv"), cp)).hasSize(1 + 3000);
    assertThat(counts.get("personnes")).isEqualTo(3000);
    for (String f : List.of("informations_preoccupantes.csv", "mesures.csv", "lieux_accueil.csv", "rsa.csv",
        "logement.csv", "mdph.csv")) {
      long rows = lines(s.out().resolve(f), cp).size() - 1;
      assertThat(rows).as(f).isEqualTo(counts.get("lignes_extrait_" + f)).isEqualTo(counts.get("lignes_verite_" + f));
    }
    assertThat((long) lines(s.out().resolve("mesures.csv"), cp).size() - 1).isEqualTo(counts.get("mesures"));
    long byType = counts.entrySet().stream().filter(e -> e.getKey().startsWith("mesures_")).mapToLong(Map.Entry::getValue).sum();
    assertThat(byType).isEqualTo(counts.get("mesures"));
    assertThat(lines(s.out().resolve("extraction.csv"), cp)).containsExactly("date_extraction;departement;logiciel",
        "31/12/2025;999;Parcours – générateur synthétique");
    assertThat(Files.readString(s.out().resolve("mesures.csv"), cp)).contains("\r\n").doesNotContain(";\n");
    assertThat(Files.readString(s.truth().resolve("parametres.json"))).contains("\"effet_cjm\" : -0.12");
  }

  @Test
  void windows1252AndUtf8HoldTheSameText() throws IOException {
    GeneratorSettings w = settings("w", 800, 0);
    GeneratorSettings u = settings("u", 800, 0).withEncoding(StandardCharsets.UTF_8);
    new SyntheticExtractGenerator(w).generate();
    new SyntheticExtractGenerator(u).generate();
    byte[] wb = Files.readAllBytes(w.out().resolve("individus.csv"));
    byte[] ub = Files.readAllBytes(u.out().resolve("individus.csv"));
    assertThat(wb).isNotEqualTo(ub);
    String text = new String(wb, w.encoding());
    assertThat(text).isEqualTo(new String(ub, StandardCharsets.UTF_8)).containsPattern("[éèëïç]");
    assertThat(ub.length).isGreaterThan(wb.length);
  }

  @Test
  void settingsAreCheckedWithFrenchMessages() {
    Path out = tmp.resolve("x").resolve("extrait");
    assertThatThrownBy(() -> GeneratorSettings.of(out).withTruth(out.resolve("verite")))
        .isInstanceOf(ParcoursException.class).hasMessageContaining("vérité terrain");
    assertThatThrownBy(() -> GeneratorSettings.of(out).withDirtRate(0.5)).hasMessageContaining("--dirt");
    assertThatThrownBy(() -> GeneratorSettings.of(out).withPersons(0)).hasMessageContaining("--persons");
    assertThatThrownBy(() -> GeneratorSettings.encoding("EBCDIC")).hasMessageContaining("encodage");
    assertThat(GeneratorSettings.of(out).truth()).isEqualTo(out.getParent().resolve("verite"));
  }

  static Map<String, byte[]> files(Path dir) throws IOException {
    Map<String, byte[]> out = new HashMap<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : (Iterable<Path>) s::iterator) out.put(p.getFileName().toString(), Files.readAllBytes(p));
    }
    return out;
  }

  static List<String> lines(Path p, Charset cs) throws IOException {
    return Files.readAllLines(p, cs);
  }

  static Map<String, Long> readCounts(Path p) throws IOException {
    Map<String, Long> m = new HashMap<>();
    for (String l : Files.readAllLines(p, StandardCharsets.UTF_8).subList(1, Files.readAllLines(p).size())) {
      String[] c = l.split(";");
      m.put(c[0], Long.parseLong(c[1]));
    }
    return m;
  }
}
