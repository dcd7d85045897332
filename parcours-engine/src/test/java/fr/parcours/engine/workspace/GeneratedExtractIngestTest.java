package fr.parcours.engine.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.ingest.load.FileAccount;
import fr.parcours.ingest.load.IngestProgress;
import fr.parcours.ingest.mapping.MappingLoader;
import fr.parcours.ingest.synthetic.GenerationSummary;
import fr.parcours.ingest.synthetic.GeneratorSettings;
import fr.parcours.ingest.synthetic.SyntheticExtractGenerator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingestion of the generator's extracts, checked against the generator's ground truth. */
class GeneratedExtractIngestTest {
  @TempDir Path tmp;

  GenerationSummary generate(Path dir, double dirt, int persons) {
    return new SyntheticExtractGenerator(GeneratorSettings.of(dir.resolve("extrait")).withTruth(dir.resolve("verite"))
        .withPersons(persons).withSeed(7).withDirtRate(dirt)).generate();
  }

  @Test
  void cleanExtractLoadsWithZeroRejectsAndTheTrueCounts() throws Exception {
    GenerationSummary g = generate(tmp, 0, 6000);
    var o = WorkspaceIngest.run(g.out(), MappingLoader.builtIn(), tmp.resolve("ws"), null, IngestProgress.NONE);
    assertThat(o.result().totalRejected()).isZero();
    assertThat(WorkspaceIngestTest.rows(tmp.resolve("ws"), "SELECT code, count(*) FROM quality_flags GROUP BY 1")).isEmpty();
    Map<String, Long> truth = counts(g.truth().resolve("comptes.csv"));
    assertThat(one(tmp, "SELECT count(*) FROM persons")).isEqualTo(truth.get("lignes_verite_personnes.csv"));
    for (Map.Entry<String, Long> e : truth.entrySet()) {
      if (e.getKey().startsWith("mesures_")) {
        String type = e.getKey().substring("mesures_".length());
        assertThat(one(tmp, "SELECT count(*) FROM measures WHERE measure_type = '" + type + "'")).as("mesures %s", type).isEqualTo(e.getValue());
      }
    }
    for (FileAccount f : o.result().files()) {
      assertThat(f.loaded()).as(f.file()).isEqualTo(g.extractRows().get(f.file()));
    }
  }

  @Test
  void everyInjectedDirtIsCaughtWithItsReasonCodeAndEveryRowIsAccountedFor() throws Exception {
    GenerationSummary g = generate(tmp, 0.05, 6000);
    var o = WorkspaceIngest.run(g.out(), MappingLoader.builtIn(), tmp.resolve("ws"), null, IngestProgress.NONE);
    for (FileAccount f : o.result().files()) {
      assertThat(f.read()).isEqualTo(f.loaded() + f.rejected()).isEqualTo(g.extractRows().get(f.file()));
    }
    Set<String> caught = new HashSet<>(WorkspaceIngestTest.rows(tmp.resolve("ws"),
        "SELECT file_name || ';' || line || ';' || code FROM rejects UNION ALL SELECT file_name || ';' || line || ';' || code FROM quality_flags"));
    List<String> dirt = Files.readAllLines(g.truth().resolve("salissures.csv"), StandardCharsets.UTF_8);
    Map<String, Integer> perKind = new HashMap<>();
    List<String> missed = new ArrayList<>();
    for (String line : dirt.subList(1, dirt.size())) {
      String[] c = line.split(";", -1);
      perKind.merge(c[3], 1, Integer::sum);
      if (!caught.contains(c[0] + ";" + c[1] + ";" + c[4])) missed.add(line);
    }
    assertThat(perKind).containsKeys("DOUBLON_INDIVIDU", "DATE_ILLISIBLE", "DATE_FICTIVE", "FIN_AVANT_DEBUT", "CHAMP_OBLIGATOIRE_VIDE",
        "MESURE_EN_DOUBLE", "CHEVAUCHEMENT", "FIN_MANQUANTE", "NAISSANCE_APRES_MESURE", "ENCODAGE_MELANGE");
    assertThat(missed).as("salissures non détectées").isEmpty();
  }

  static long one(Path tmp, String sql) throws Exception {
    return Long.parseLong(WorkspaceIngestTest.rows(tmp.resolve("ws"), sql).get(0));
  }

  static Map<String, Long> counts(Path comptes) throws Exception {
    Map<String, Long> m = new HashMap<>();
    for (String l : Files.readAllLines(comptes, StandardCharsets.UTF_8).subList(1, Files.readAllLines(comptes, StandardCharsets.UTF_8).size())) {
      String[] c = l.split(";");
      m.put(c[0], Long.parseLong(c[1]));
    }
    return m;
  }
}
