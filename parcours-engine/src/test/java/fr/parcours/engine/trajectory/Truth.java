package fr.parcours.engine.trajectory;

import fr.parcours.engine.workspace.WorkspaceIngest;
import fr.parcours.ingest.load.IngestProgress;
import fr.parcours.ingest.mapping.MappingLoader;
import fr.parcours.ingest.synthetic.GenerationSummary;
import fr.parcours.ingest.synthetic.GeneratorSettings;
import fr.parcours.ingest.synthetic.SyntheticExtractGenerator;
import fr.parcours.trajectory.spell.Spell;
import fr.parcours.trajectory.spell.TrajectorySettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A generated, ingested and built workspace with the generator's truth, for the tests. */
final class Truth {
  final Path dir;
  final GenerationSummary generated;
  /** Rows of verite/personnes.csv by id_vrai, as column → value. */
  final Map<String, Map<String, String>> persons = new LinkedHashMap<>();
  /** True spells by id_vrai. */
  final Map<String, List<Spell>> spells = new HashMap<>();

  Truth(Path dir, int persons, double dirt) throws IOException {
    this.dir = dir;
    generated = new SyntheticExtractGenerator(GeneratorSettings.of(dir.resolve("extrait")).withTruth(dir.resolve("verite"))
        .withPersons(persons).withSeed(7).withDirtRate(dirt)).generate();
    WorkspaceIngest.run(generated.out(), MappingLoader.builtIn(), ws(), null, IngestProgress.NONE);
    TrajectoryBuild.run(ws(), TrajectorySettings.DEFAULT, 2, TrajectoryPipeline.Listener.NONE);
    List<String> lines = Files.readAllLines(generated.truth().resolve("personnes.csv"), StandardCharsets.UTF_8);
    String[] header = lines.get(0).split(";", -1);
    for (String l : lines.subList(1, lines.size())) {
      String[] c = l.split(";", -1);
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.length; i++) row.put(header[i], c[i]);
      this.persons.put(c[0], row);
    }
    List<String> ep = Files.readAllLines(generated.truth().resolve("episodes.csv"), StandardCharsets.UTF_8);
    for (String l : ep.subList(1, ep.size())) {
      String[] c = l.split(";", -1);
      spells.computeIfAbsent(c[0], k -> new ArrayList<>()).add(new Spell(c[1], LocalDate.parse(c[2]), LocalDate.parse(c[3])));
    }
  }

  Path ws() {
    return dir.resolve("ws");
  }

  /** The source id of a true person (the first one when the extract has a duplicate). */
  String sourceId(String trueId) {
    return persons.get(trueId).get("ids_source").split("\\|")[0];
  }

  /** Rebuilt spells by source person id, read back from the workspace. */
  Map<String, List<Spell>> rebuiltSpells() throws SQLException {
    Map<String, List<Spell>> out = new HashMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + ws().resolve("parcours.duckdb"));
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT person_id, state, start_date, end_date FROM spells ORDER BY person_id, spell_no")) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
            .add(new Spell(rs.getString(2), rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)));
      }
    }
    return out;
  }

  /** Injected dirt counts from verite/comptes.csv (salissures_*). */
  Map<String, Long> dirtCounts() throws IOException {
    Map<String, Long> m = new HashMap<>();
    List<String> lines = Files.readAllLines(generated.truth().resolve("comptes.csv"), StandardCharsets.UTF_8);
    for (String l : lines.subList(1, lines.size())) {
      String[] c = l.split(";");
      if (c[0].startsWith("salissures_")) m.put(c[0].substring("salissures_".length()), Long.parseLong(c[1]));
    }
    return m;
  }
}
