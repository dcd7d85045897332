package fr.parcours.ingest.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dirt rates within binomial bounds, and every listed dirt points at the right physical line. */
class DirtTest {
  @TempDir Path tmp;

  @Test
  void eachKindHitsItsRateAndIsListedAtItsLine() throws IOException {
    double rate = 0.05;
    GeneratorSettings s = GeneratorSettings.of(tmp.resolve("extrait")).withPersons(8000).withDirtRate(rate);
    new SyntheticExtractGenerator(s).generate();
    Map<String, Long> counts = GeneratorFilesTest.readCounts(s.truth().resolve("comptes.csv"));
    for (Dirt d : Dirt.values()) {
      long n = counts.getOrDefault("eligibles_" + d.name(), 0L);
      long k = counts.getOrDefault("salissures_" + d.name(), 0L);
      double p = d.factor * rate;
      double sd = Math.sqrt(n * p * (1 - p));
      assertThat(n).as("éligibles " + d).isGreaterThan(300);
      // 4.5 standard deviations: a false alarm about once in 150,000 runs per kind
      assertThat((double) k).as(d.name() + " : " + k + " sur " + n).isBetween(n * p - 4.5 * sd, n * p + 4.5 * sd);
    }
    Map<String, List<String>> files = new HashMap<>();
    List<String> dirt = Files.readAllLines(s.truth().resolve("salissures.csv"), StandardCharsets.UTF_8);
    assertThat(dirt.get(0)).isEqualTo("fichier;ligne;identifiant;salissure;code_attendu");
    for (String entry : dirt.subList(1, dirt.size())) {
      String[] c = entry.split(";", -1);
      List<String> lines = files.computeIfAbsent(c[0], f -> read(s.out().resolve(f), s));
      String line = lines.get(Integer.parseInt(c[1]) - 1);
      Dirt kind = Dirt.valueOf(c[3]);
      assertThat(c[4]).isEqualTo(kind.expectedCode);
      if (!line.startsWith(";")) assertThat(line).as(entry).startsWith(c[2] + ";");
      switch (kind) {
        case DATE_FICTIVE -> assertThat(line).contains("01/01/1900");
        case FIN_MANQUANTE -> assertThat(line.split(";", -1)[PersonRows.M_END]).isEmpty();
        case ENCODAGE_MELANGE -> assertThat(line).contains("Ã");
        case CHAMP_OBLIGATOIRE_VIDE -> assertThat(line.startsWith(";") || line.contains(";;")).isTrue();
        default -> { }
      }
    }
  }

  private static List<String> read(Path p, GeneratorSettings s) {
    try {
      return Files.readAllLines(p, s.encoding());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
