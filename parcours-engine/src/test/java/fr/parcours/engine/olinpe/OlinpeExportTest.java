package fr.parcours.engine.olinpe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.parcours.engine.workspace.WorkspaceIngest;
import fr.parcours.exchange.olinpe.OlinpeCatalogue;
import fr.parcours.exchange.olinpe.OlinpeCheck;
import fr.parcours.exchange.olinpe.OlinpeFile;
import fr.parcours.exchange.olinpe.OlinpeRecord;
import fr.parcours.ingest.load.IngestProgress;
import fr.parcours.ingest.mapping.MappingLoader;
import fr.parcours.ingest.synthetic.GeneratorSettings;
import fr.parcours.ingest.synthetic.SyntheticExtractGenerator;
import fr.parcours.model.ParcoursException;
import fr.parcours.privacy.keys.Keystore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 7's "done means" on a generated extract: reconciliation, every year, stable identifiers, no identity. */
class OlinpeExportTest {
  static final char[] PASS = "phrase de test olinpe".toCharArray();
  static final int EXTRACT_YEAR = 2025;
  static Path dir;
  static Path ws;
  static Path keystore;

  @BeforeAll
  static synchronized void extractAndWorkspaceIfNeeded() {
    if (ws != null) return;
    dir = shared();
    var g = new SyntheticExtractGenerator(GeneratorSettings.of(dir.resolve("extrait")).withTruth(dir.resolve("verite"))
        .withPersons(2500).withSeed(11).withDirtRate(0)).generate();
    ws = dir.resolve("ws");
    WorkspaceIngest.run(g.out(), MappingLoader.builtIn(), ws, null, IngestProgress.NONE);
    keystore = dir.resolve("coffre.json");
    Keystore.create(keystore, PASS, new Keystore.Argon2Cost(1024, 1, 1));
  }

  /** One generated extract for both test classes, deleted at JVM exit. */
  static Path shared() {
    try {
      Path d = Files.createTempDirectory("olinpe-test-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(d)));
      return d;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static void deleteTree(Path d) {
    try (var w = Files.walk(d)) {
      w.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException e) {
      // temporary folder: best effort
    }
  }

  static OlinpeExport.Result export(int year, Path out, String format) {
    return export(ws, year, out, format);
  }

  static OlinpeExport.Result export(Path workspace, int year, Path out, String format) {
    return OlinpeExport.run(new OlinpeExport.Settings(workspace, keystore, PASS, year, out, format), m -> {});
  }

  /** Canonical measure type of a record, back from NATPDECADM / NATDECASSED. */
  static String measureType(OlinpeRecord r) {
    String list = "1".equals(r.get("DECISION")) ? "natpdecadm" : "natdecassed";
    String code = r.get(list.toUpperCase());
    return OlinpeCatalogue.lists().get(list).stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().canonical();
  }

  static Map<String, Long> fileCounts(Path file) {
    Map<String, Long> out = new TreeMap<>();
    for (OlinpeFile.Entry e : OlinpeFile.read(file).entries()) out.merge(measureType(e.record()) + "/" + e.record().get("TYPEV"), 1L, Long::sum);
    return out;
  }

  /** Counted in SQL from the workspace, independently of the Java rule (same definition: see OlinpeEvents). */
  static Map<String, Long> workspaceCounts(int year) throws Exception {
    String renewal = "p.person_id = m.person_id AND p.measure_type = m.measure_type AND p.measure_id <> m.measure_id AND p.end_date IS NOT NULL"
        + " AND date_diff('day', p.end_date, m.start_date) BETWEEN 0 AND 4";
    String sql = "WITH x AS (SELECT * FROM measures WHERE extract_id = (SELECT max(extract_id) FROM extracts))"
        + " SELECT measure_type, '1', count(*) FROM x m WHERE year(start_date) = " + year + " AND NOT EXISTS (SELECT 1 FROM x p WHERE " + renewal + ") GROUP BY 1"
        + " UNION ALL SELECT measure_type, '2', count(*) FROM x m WHERE year(start_date) = " + year + " AND EXISTS (SELECT 1 FROM x p WHERE " + renewal + ") GROUP BY 1"
        + " UNION ALL SELECT measure_type, '3', count(*) FROM x p WHERE year(end_date) = " + year + " AND NOT EXISTS (SELECT 1 FROM x m WHERE " + renewal + ") GROUP BY 1";
    Map<String, Long> out = new TreeMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + ws.resolve("parcours.duckdb").toAbsolutePath(), readOnly());
        Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) out.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3));
    }
    return out;
  }

  static java.util.Properties readOnly() {
    var p = new java.util.Properties();
    p.setProperty("duckdb.read_only", "true");
    return p;
  }

  @Test
  void countsOfBegunRenewedEndedMeasuresPerTypeEqualTypevCountsInTheFile() throws Exception {
    for (int year : new int[] {2019, 2023}) {
      Path out = dir.resolve("reco/olinpe-" + year + ".xml");
      var r = export(year, out, "xml");
      Map<String, Long> expected = workspaceCounts(year);
      assertThat(fileCounts(out)).as("année %d", year).isEqualTo(expected);
      assertThat(expected.keySet()).anyMatch(k -> k.endsWith("/2")).anyMatch(k -> k.endsWith("/1")).anyMatch(k -> k.endsWith("/3"));
      assertThat(r.records()).isEqualTo(expected.values().stream().mapToLong(Long::longValue).sum());
    }
  }

  @Test
  void csvVariantHoldsTheSameEvents() throws Exception {
    Path xml = dir.resolve("csv/olinpe-2021.xml");
    Path csv = dir.resolve("csv/olinpe-2021.csv");
    export(2021, xml, "xml");
    export(2021, csv, "csv");
    assertThat(fileCounts(csv)).isEqualTo(fileCounts(xml));
    assertThat(Files.readAllLines(csv).get(0)).startsWith("NUMDEP;NUMANONYM;NUMANONYMANT;TYPEV;");
    var check = OlinpeRelease.check(csv, List.of(), dir.resolve("csv"));
    assertThat(check.report().outcomes().get(0).status()).isEqualTo(OlinpeCheck.Grade.VERT);
  }

  @Test
  void everyYearFrom2017CanBeExportedAndAPersonKeepsItsNumanonym() throws Exception {
    Path out = dir.resolve("annees");
    List<Path> files = new ArrayList<>();
    for (int y = OlinpeExport.FIRST_YEAR; y <= EXTRACT_YEAR; y++) {
      var r = export(y, out.resolve("olinpe-" + y + ".xml"), "xml");
      assertThat(r.records()).as("évènements %d", y).isPositive();
      assertThat(r.changedIdentifiers()).isZero();
      files.add(r.file());
    }
    Map<String, String> idOfPerson = new HashMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + ws.resolve("parcours.duckdb").toAbsolutePath(), readOnly());
        Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT person_id, count(DISTINCT numanonym), count(DISTINCT year), min(numanonym) FROM olinpe_sent GROUP BY 1")) {
      int multiYear = 0;
      while (rs.next()) {
        assertThat(rs.getLong(2)).as("identifiants de %s", rs.getString(1)).isEqualTo(1);
        if (rs.getLong(3) > 1) multiYear++;
        idOfPerson.put(rs.getString(1), rs.getString(4));
      }
      assertThat(multiYear).isGreaterThan(50);
    }
    // with the previous years given, every end whose start is in a covered year has its start (C06 green), and identities agree (C10)
    var check = OlinpeRelease.check(files.get(files.size() - 1), files.subList(0, files.size() - 1), out);
    for (var o : check.report().outcomes()) {
      if (o.check() == OlinpeCheck.C06 || o.check() == OlinpeCheck.C10 || o.check() == OlinpeCheck.C01 || o.check() == OlinpeCheck.C11
          || o.check() == OlinpeCheck.C02 || o.check() == OlinpeCheck.C03 || o.check() == OlinpeCheck.C04 || o.check() == OlinpeCheck.C05) {
        assertThat(o.failures()).as(o.check().number()).isEmpty();
      }
    }
    assertThat(Files.readString(check.reportHtml())).contains("Contrôle du fichier OLINPE");
  }

  @Test
  void numanonymantIsFilledWhenAnIdentityWasCorrectedSinceTheLastExport() throws Exception {
    Path out = dir.resolve("ant");
    Path own = Files.createDirectories(dir.resolve("ws-ant"));
    Files.copy(ws.resolve("parcours.duckdb"), own.resolve("parcours.duckdb"));
    export(own, 2020, out.resolve("olinpe-2020.xml"), "xml");
    String person;
    String before;
    Path db = own.resolve("parcours.duckdb").toAbsolutePath();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT o.person_id, o.numanonym FROM olinpe_sent o JOIN measures m ON m.person_id = o.person_id"
          + " WHERE o.year = 2020 AND (year(m.start_date) = 2021 OR year(m.end_date) = 2021) ORDER BY 1 LIMIT 1")) {
        assertThat(rs.next()).isTrue();
        person = rs.getString(1);
        before = rs.getString(2);
      }
      s.execute("UPDATE persons SET first_names = 'Zéphyrine Correction' WHERE person_id = '" + person + "'");
    }
    export(own, 2021, out.resolve("olinpe-2021.xml"), "xml");
    List<OlinpeRecord> changed = OlinpeFile.read(out.resolve("olinpe-2021.xml")).entries().stream().map(OlinpeFile.Entry::record)
        .filter(r -> r.has("NUMANONYMANT")).toList();
    assertThat(changed).isNotEmpty().allSatisfy(r -> {
      assertThat(r.get("NUMANONYMANT")).isEqualTo(before);
      assertThat(r.get("NUMANONYM")).isNotEqualTo(before).hasSize(40);
    });
  }

  @Test
  void refusesAYearBefore2017OrAfterTheExtractAndAWrongPassphrase() {
    assertThatThrownBy(() -> export(2016, dir.resolve("x.xml"), "xml")).isInstanceOf(ParcoursException.class).hasMessageContaining("2017");
    assertThatThrownBy(() -> export(2026, dir.resolve("x.xml"), "xml")).isInstanceOf(ParcoursException.class).hasMessageContaining("2025");
    assertThatThrownBy(() -> OlinpeExport.run(new OlinpeExport.Settings(ws, keystore, "mauvaise".toCharArray(), 2020, dir.resolve("y.xml"), "xml"), m -> {}))
        .isInstanceOf(ParcoursException.class);
    assertThat(dir.resolve("x.xml")).doesNotExist();
    assertThat(dir.resolve("y.xml")).doesNotExist();
  }
}
