package fr.parcours.exchange.olinpe;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.exchange.olinpe.OlinpeCheck.Grade;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each check of the catalogue: one file that violates it, one that passes it. */
class OlinpeChecksTest {
  static final String ID = "0123456789abcdef0123456789abcdef01234567";
  static final String ID2 = "fedcba9876543210fedcba9876543210fedcba98";
  @TempDir Path tmp;

  /** A judicial placement (PJ) that begins on 1 March 2022 in foster care. */
  static Map<String, String> begin() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("NUMDEP", "999");
    m.put("NUMANONYM", ID);
    m.put("TYPEV", "1");
    m.put("SEXE", "1");
    m.put("MNAIS", "03");
    m.put("ANAIS", "2010");
    m.put("DECISION", "2");
    m.put("NATDECASSED", "4");
    m.put("DATDECPE", "2022-03-01");
    m.put("DATDEBACC", "2022-03-01");
    m.put("LIEUACC", "1");
    m.put("DATDEBPLAC", "2022-03-01");
    m.put("LIEUPLAC", "1");
    return m;
  }

  /** Its end on 1 September 2022 (mainlevée). */
  static Map<String, String> end() {
    Map<String, String> m = begin();
    m.put("TYPEV", "3");
    m.put("DATFINACC", "2022-09-01");
    m.put("MOTFININT", "5");
    m.put("DATFININT", "2022-09-01");
    return m;
  }

  @SafeVarargs
  final Path xml(String name, int year, Map<String, String>... records) throws Exception {
    List<OlinpeRecord> rs = new ArrayList<>();
    for (Map<String, String> r : records) rs.add(new OlinpeRecord(r));
    Path f = tmp.resolve(name);
    try (var out = Files.newOutputStream(f)) {
      OlinpeXml.write(out, new OlinpeXml.Intro("parcours-1.0", java.time.LocalDate.of(year + 1, 1, 15), year, "999"), rs);
    }
    return f;
  }

  static OlinpeChecks.Outcome outcome(Path file, OlinpeCheck c, Path... previous) {
    List<OlinpeFile> prev = new ArrayList<>();
    for (Path p : previous) prev.add(OlinpeFile.read(p));
    return OlinpeChecks.run(OlinpeFile.read(file), prev).outcomes().get(c.ordinal());
  }

  static Map<String, String> with(Map<String, String> m, String k, String v) {
    if (v == null) m.remove(k);
    else m.put(k, v);
    return m;
  }

  @Test
  void aCleanFilePassesEveryCheck() throws Exception {
    Path f = xml("ok.xml", 2022, begin(), end());
    var report = OlinpeChecks.run(OlinpeFile.read(f), List.of());
    assertThat(report.outcomes()).allSatisfy(o -> assertThat(o.status()).as(o.check().number()).isEqualTo(Grade.VERT));
  }

  @Test
  void c01SchemaValidity() throws Exception {
    assertThat(outcome(xml("ok.xml", 2022, begin()), OlinpeCheck.C01).status()).isEqualTo(Grade.VERT);
    var bad = outcome(xml("bad.xml", 2022, begin(), with(begin(), "TYPEV", "7")), OlinpeCheck.C01);
    assertThat(bad.status()).isEqualTo(Grade.ROUGE);
    assertThat(bad.failures()).anySatisfy(f -> assertThat(f.position()).isEqualTo(2));
    Path broken = tmp.resolve("casse.xml");
    Files.writeString(broken, Files.readString(xml("x.xml", 2022, begin(), end())).replace("</DONNEE>\n  <DONNEE>", "\n  <DONNEE>"));
    var o = outcome(broken, OlinpeCheck.C01);
    assertThat(o.status()).isEqualTo(Grade.ROUGE);
    assertThat(o.failures()).anySatisfy(f -> assertThat(f.detail()).contains("mal formé"));
  }

  @Test
  void theSchemaRejectsMalformedFilesAndAcceptsOurs() throws Exception {
    assertThat(OlinpeSchema.validate(xml("ok.xml", 2022, begin(), end()))).isEmpty();
    assertThat(OlinpeSchema.validate(xml("sans-id.xml", 2022, with(begin(), "NUMANONYM", null)))).isNotEmpty();
    assertThat(OlinpeSchema.validate(xml("date.xml", 2022, with(begin(), "DATDECPE", "01/03/2022")))).isNotEmpty();
    assertThat(OlinpeSchema.validate(xml("code.xml", 2022, with(begin(), "SEXE", "3")))).isNotEmpty();
    Path root = tmp.resolve("racine.xml");
    Files.writeString(root, "<?xml version=\"1.0\"?><FICHIER><DONNEE><TYPEV>1</TYPEV></DONNEE></FICHIER>");
    assertThat(OlinpeSchema.validate(root)).isNotEmpty();
    Path cut = tmp.resolve("tronque.xml");
    String full = Files.readString(xml("t.xml", 2022, begin()));
    Files.writeString(cut, full.substring(0, full.length() / 2));
    assertThat(OlinpeSchema.validate(cut)).isNotEmpty();
  }

  @Test
  void c02Decision() throws Exception {
    assertThat(outcome(xml("ok.xml", 2022, begin()), OlinpeCheck.C02).status()).isEqualTo(Grade.VERT);
    assertThat(outcome(xml("ko.xml", 2022, with(begin(), "DECISION", null)), OlinpeCheck.C02).status()).isEqualTo(Grade.ROUGE);
  }

  @Test
  void c03EndReason() throws Exception {
    assertThat(outcome(xml("ok.xml", 2022, begin(), end()), OlinpeCheck.C03).status()).isEqualTo(Grade.VERT);
    var o = outcome(xml("ko.xml", 2022, begin(), with(end(), "MOTFININT", null)), OlinpeCheck.C03);
    assertThat(o.status()).isEqualTo(Grade.ROUGE);
    assertThat(o.failures()).singleElement().satisfies(f -> {
      assertThat(f.position()).isEqualTo(2);
      assertThat(f.numanonym()).isEqualTo(ID);
    });
  }

  static Map<String, String> administrative() {
    Map<String, String> m = with(with(begin(), "DECISION", "1"), "NATDECASSED", null);
    m.put("NATPDECADM", "4");
    return m;
  }

  @Test
  void c04AdministrativeNature() throws Exception {
    assertThat(outcome(xml("ok.xml", 2022, administrative()), OlinpeCheck.C04).status()).isEqualTo(Grade.VERT);
    assertThat(outcome(xml("ko.xml", 2022, with(administrative(), "NATPDECADM", null)), OlinpeCheck.C04).status()).isEqualTo(Grade.ROUGE);
  }

  @Test
  void c05JudicialPlacementPlace() throws Exception {
    assertThat(outcome(xml("ok.xml", 2022, begin()), OlinpeCheck.C05).status()).isEqualTo(Grade.VERT);
    assertThat(outcome(xml("ko.xml", 2022, with(begin(), "LIEUPLAC", null)), OlinpeCheck.C05).status()).isEqualTo(Grade.ROUGE);
    assertThat(outcome(xml("ko99.xml", 2022, with(begin(), "LIEUPLAC", "99")), OlinpeCheck.C05).status()).isEqualTo(Grade.ROUGE);
  }

  @Test
  void c06EndWithMatchingStartAcrossYears() throws Exception {
    assertThat(outcome(xml("ok.xml", 2022, begin(), end()), OlinpeCheck.C06).status()).isEqualTo(Grade.VERT);
    assertThat(outcome(xml("ko.xml", 2022, end()), OlinpeCheck.C06).status()).isEqualTo(Grade.ROUGE);
    Map<String, String> start2021 = with(with(begin(), "DATDECPE", "2021-05-01"), "DATDEBACC", "2021-05-01");
    Map<String, String> end2022 = with(end(), "DATDECPE", "2021-05-01");
    Path with2021 = xml("olinpe-2021.xml", 2021, start2021);
    Path without = xml("olinpe-2021-vide.xml", 2021, with(start2021, "NUMANONYM", ID2));
    Path current = xml("olinpe-2022.xml", 2022, end2022);
    assertThat(outcome(current, OlinpeCheck.C06, with2021).status()).isEqualTo(Grade.VERT);
    assertThat(outcome(current, OlinpeCheck.C06, without).status()).isEqualTo(Grade.ROUGE);
    // a changed identifier: the start was sent under the previous one
    Map<String, String> renamed = with(with(end2022, "NUMANONYM", ID2), "NUMANONYMANT", ID);
    assertThat(outcome(xml("olinpe-2022-ant.xml", 2022, renamed), OlinpeCheck.C06, with2021).status()).isEqualTo(Grade.VERT);
  }

  @Test
  void c07EndOfAMeasureStartedBeforeTheFilesGiven() throws Exception {
    Map<String, String> old = with(end(), "DATDECPE", "2019-05-01");
    assertThat(outcome(xml("ko.xml", 2022, old), OlinpeCheck.C07).status()).isEqualTo(Grade.ORANGE);
    Path y2019 = xml("olinpe-2019.xml", 2019, with(begin(), "DATDECPE", "2019-05-01"));
    assertThat(outcome(xml("ok.xml", 2022, old), OlinpeCheck.C07, y2019).status()).isEqualTo(Grade.VERT);
  }

  @Test
  void c08ExcessiveDuration() throws Exception {
    assertThat(outcome(xml("ok.xml", 2022, begin(), end()), OlinpeCheck.C08).status()).isEqualTo(Grade.VERT);
    Map<String, String> mjie = with(with(with(with(end(), "NATDECASSED", "2"), "DATDECPE", "2022-01-03"), "LIEUACC", null), "LIEUPLAC", null);
    mjie.put("DATFININT", "2022-12-20");
    mjie.remove("DATFINACC");
    assertThat(outcome(xml("ko.xml", 2022, mjie), OlinpeCheck.C08).status()).isEqualTo(Grade.ORANGE);
  }

  @Test
  void c09Duplicates() throws Exception {
    assertThat(outcome(xml("ok.xml", 2022, begin(), end()), OlinpeCheck.C09).status()).isEqualTo(Grade.VERT);
    var o = outcome(xml("ko.xml", 2022, begin(), end(), begin()), OlinpeCheck.C09);
    assertThat(o.status()).isEqualTo(Grade.ROUGE);
    assertThat(o.failures()).singleElement().satisfies(f -> assertThat(f.detail()).contains("n° 1"));
  }

  @Test
  void c10OneIdentifierOnePerson() throws Exception {
    assertThat(outcome(xml("ok.xml", 2022, begin(), end()), OlinpeCheck.C10).status()).isEqualTo(Grade.VERT);
    assertThat(outcome(xml("ko.xml", 2022, begin(), with(end(), "SEXE", "2")), OlinpeCheck.C10).status()).isEqualTo(Grade.ROUGE);
    assertThat(outcome(xml("ko2.xml", 2022, begin(), with(end(), "ANAIS", "2011")), OlinpeCheck.C10).status()).isEqualTo(Grade.ROUGE);
    Path prev = xml("olinpe-2021.xml", 2021, with(with(begin(), "MNAIS", "04"), "DATDECPE", "2021-02-01"));
    assertThat(outcome(xml("ko3.xml", 2022, begin()), OlinpeCheck.C10, prev).status()).isEqualTo(Grade.ROUGE);
  }

  @Test
  void c11DatesInTheYear() throws Exception {
    assertThat(outcome(xml("ok.xml", 2022, begin(), end()), OlinpeCheck.C11).status()).isEqualTo(Grade.VERT);
    assertThat(outcome(xml("ko.xml", 2022, with(begin(), "DATDECPE", "2021-12-31")), OlinpeCheck.C11).status()).isEqualTo(Grade.ROUGE);
    assertThat(outcome(xml("ko2.xml", 2022, begin(), with(end(), "DATFININT", "2023-02-01")), OlinpeCheck.C11).status()).isEqualTo(Grade.ROUGE);
  }

  @Test
  void c12Identifier() throws Exception {
    assertThat(outcome(xml("ok.xml", 2022, begin()), OlinpeCheck.C12).status()).isEqualTo(Grade.VERT);
    assertThat(outcome(xml("ko.xml", 2022, with(begin(), "NUMANONYM", "abc")), OlinpeCheck.C12).status()).isEqualTo(Grade.ROUGE);
    assertThat(outcome(xml("ko2.xml", 2022, with(begin(), "NUMANONYM", null)), OlinpeCheck.C12).status()).isEqualTo(Grade.ROUGE);
  }

  @Test
  void filesOfOtherSoftwareAreCheckedNotCrashedOn() throws Exception {
    Path other = tmp.resolve("autre.xml");
    Files.writeString(other, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ns:DECRET xmlns:ns=\"urn:x\"><ns:INTRO><ns:VERSIONXSD>3.2</ns:VERSIONXSD>"
        + "<ns:DATEXPORT>2023-03-01</ns:DATEXPORT><ns:EDITEUR>X</ns:EDITEUR></ns:INTRO>\n<ns:DONNEE><ns:NUMANONYM>" + ID + "</ns:NUMANONYM>"
        + "<ns:TYPEV>1</ns:TYPEV><ns:INCONNU>z</ns:INCONNU><ns:DATDECPE>2022-04-01</ns:DATDECPE></ns:DONNEE>\n<!DOCTYPE x></ns:DECRET>", StandardCharsets.UTF_8);
    var report = OlinpeChecks.run(OlinpeFile.read(other), List.of());
    assertThat(report.records()).isEqualTo(1);
    assertThat(report.year()).isEqualTo(2022);
    assertThat(report.outcomes().get(OlinpeCheck.C01.ordinal()).status()).isEqualTo(Grade.ROUGE);
    assertThat(report.outcomes().get(OlinpeCheck.C02.ordinal()).failures()).singleElement().satisfies(f -> assertThat(f.position()).isEqualTo(1));
    Path csv = tmp.resolve("autre.csv");
    Files.writeString(csv, "\uFEFF\"NUMANONYM\";\"TYPEV\";\"DECISION\";\"NATPDECADM\";\"DATDECPE\";\"COLONNE_X\"\r\n\"" + ID + "\";\"1\";\"1\";\"1\";\"2022-05-02\";\"x\"\r\n"
        + ID + ";3;1\r\n", StandardCharsets.UTF_8);
    var r2 = OlinpeChecks.run(OlinpeFile.read(csv), List.of());
    assertThat(r2.records()).isEqualTo(2);
    assertThat(r2.outcomes().get(OlinpeCheck.C03.ordinal()).failures()).singleElement().satisfies(f -> assertThat(f.position()).isEqualTo(2));
    var written = OlinpeCheckReport.write(r2, tmp.resolve("rapport"), "autre-controle");
    assertThat(Files.readString(written.html())).contains("C03").contains(ID).contains("rouge");
    assertThat(Files.readString(written.csv())).contains("C03;rouge;");
  }
}
