package fr.parcours.engine.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.parcours.engine.workspace.WorkspaceIngest;
import fr.parcours.exchange.audit.AuditLog;
import fr.parcours.exchange.pack.ExchangePackage;
import fr.parcours.exchange.pgp.Pgp;
import fr.parcours.ingest.load.IngestProgress;
import fr.parcours.ingest.mapping.MappingLoader;
import fr.parcours.model.ParcoursException;
import fr.parcours.privacy.convention.ConventionLoader;
import fr.parcours.privacy.keys.Keystore;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "done means": a package from an ingested extract holds no identity, and pseudonyms are stable. */
class PartnerReleaseTest {
  static final Charset CP1252 = Charset.forName("windows-1252");
  static final char[] PASS = "phrase secrète de test".toCharArray();
  static final String[] FAMILY = {"LEFÈVRE", "DUPONT", "N'DIAYE", "MARTINEAU", "BENSALEM", "GARNIER", "ROUSSEAU", "DE LA FONTAINE", "KONATÉ", "PELLETIER"};
  static final String[] VARIANT = {"Lefebvre", "Dupond", "Ndiaye", "Martineau", "Bensalem", "Garnier", "Roussau", "Delafontaine", "Konate", "Pelletier"};
  static final String[] FIRST_F = {"Éloïse", "Marie-Ève", "Nathalie", "Clémence", "Yasmina"};
  static final String[] FIRST_M = {"Mohamed", "Kévin", "Mathis", "Théodore", "Sébastien"};
  static final String[] MOTHER = {"BERTHELOT", "CHARPENTIER", "FONTENEAU", "GUILLEMIN", "HAMADOUCHE"};
  @TempDir static Path keys;
  @TempDir Path tmp;

  record P(String id, String family, String variant, String first, String sex, LocalDate birth, String mother) {}

  static List<P> persons() {
    Random rnd = new Random(7);
    List<P> out = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      boolean girl = i % 2 == 0;
      int f = rnd.nextInt(FAMILY.length);
      out.add(new P("I" + i, FAMILY[f], VARIANT[f], (girl ? FIRST_F : FIRST_M)[rnd.nextInt(5)], girl ? "F" : "M",
          LocalDate.of(2003 + rnd.nextInt(4), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)), MOTHER[rnd.nextInt(5)]));
    }
    return out;
  }

  /** Writes an extract in the reference format; {@code variants} uses other spellings and other source ids. */
  static Path extract(Path dir, String date, boolean variants) throws Exception {
    Files.createDirectories(dir);
    List<P> ps = persons();
    StringBuilder ind = new StringBuilder("id_individu;nom_usage;nom_naissance;prenoms;sexe;date_naissance;commune_naissance;nom_naissance_mere;mna;date_deces\r\n");
    StringBuilder mes = new StringBuilder("id_mesure;id_individu;type_mesure;nature;decideur;date_debut;date_fin;motif_fin;territoire\r\n");
    StringBuilder lieux = new StringBuilder("id_lieu;id_mesure;id_individu;type_lieu;date_debut;date_fin;departement_lieu\r\n");
    DateTimeFormatter fr = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    for (P p : ps) {
      String id = variants ? "N" + p.id() : p.id();
      String first = variants ? p.first().replace("-", " ").replace("é", "e").replace("É", "E") : p.first();
      ind.append(id).append(";;").append(variants ? p.variant() : p.family()).append(';').append(first).append(" Jeanne;").append(p.sex()).append(';')
          .append(p.birth().format(fr)).append(";Vénissieux;").append(p.mother()).append(";N;\r\n");
      mes.append("M").append(id).append(';').append(id).append(";PJ;Judiciaire;JE;").append(p.birth().plusYears(8).format(fr)).append(";;;T01\r\n");
      lieux.append("L").append(id).append(";M").append(id).append(';').append(id).append(";AF;").append(p.birth().plusYears(8).format(fr)).append(";;999\r\n");
    }
    Files.write(dir.resolve("extraction.csv"), ("date_extraction;departement;logiciel\r\n" + date + ";999;IODAS\r\n").getBytes(CP1252));
    Files.write(dir.resolve("individus.csv"), ind.toString().getBytes(CP1252));
    Files.write(dir.resolve("mesures.csv"), mes.toString().getBytes(CP1252));
    Files.write(dir.resolve("lieux_accueil.csv"), lieux.toString().getBytes(CP1252));
    Files.write(dir.resolve("informations_preoccupantes.csv"), "id_ip;id_individu;date_reception;origine;types_danger;date_suite;suite\r\n".getBytes(CP1252));
    Files.write(dir.resolve("rsa.csv"), "id_droit;id_individu;date_ouverture;date_fermeture\r\n".getBytes(CP1252));
    Files.write(dir.resolve("logement.csv"), "id_demarche;id_individu;type_demarche;date_demarche\r\n".getBytes(CP1252));
    Files.write(dir.resolve("mdph.csv"), "id_decision;id_individu;type_decision;date_decision;date_fin_droit\r\n".getBytes(CP1252));
    return dir;
  }

  @BeforeAll
  static void throwawayKeys() {
    Pgp.generate("Responsable <r@example.org>", PASS, 2048, keys.resolve("cles/responsable.asc"), keys.resolve("responsable.secret.asc"));
    Pgp.generate("ARPE <p@example.org>", PASS, 2048, keys.resolve("cles/arpe.asc"), keys.resolve("arpe.secret.asc"));
    Keystore.create(keys.resolve("coffre.json"), PASS, new Keystore.Argon2Cost(1024, 1, 1));
    Keystore.create(keys.resolve("autre-coffre.json"), PASS, new Keystore.Argon2Cost(1024, 1, 1));
  }

  Path convention(String text) throws Exception {
    Path c = keys.resolve("convention-" + System.nanoTime() + ".yaml");
    Files.writeString(c, text);
    return c;
  }

  PartnerRelease.Settings settings(Path ws, Path conv, Path keystore, Path out) {
    return new PartnerRelease.Settings(ws, conv, keystore, PASS, "arpe", keys.resolve("responsable.secret.asc"), PASS, null, out, null);
  }

  Path openPackage(Path pkg, Path out) {
    ExchangePackage.open(pkg, keys.resolve("arpe.secret.asc"), PASS, keys.resolve("cles/responsable.asc"), out);
    return out;
  }

  @Test
  void packageHoldsNoIdentityAndPseudonymsSurviveANewYearAndSpellingVariants() throws Exception {
    Path ws = tmp.resolve("ws");
    WorkspaceIngest.run(extract(tmp.resolve("x2024"), "31/12/2024", false), MappingLoader.builtIn(), ws, null, IngestProgress.NONE);
    Path conv = convention(ConventionLoader.demoText());
    var r1 = PartnerRelease.run(settings(ws, conv, keys.resolve("coffre.json"), tmp.resolve("p2024.pgp")), m -> {});
    assertThat(r1.persons()).isGreaterThan(70);
    Path o1 = openPackage(tmp.resolve("p2024.pgp"), tmp.resolve("o2024"));

    // Every byte, and every value as text, searched for identities.
    List<String> needles = new ArrayList<>();
    for (P p : persons()) {
      needles.addAll(List.of(p.family(), p.variant(), p.first(), p.mother(), p.id() + ";",
          p.birth().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), p.birth().toString()));
      needles.add(p.first().toUpperCase());
    }
    needles.addAll(List.of("Vénissieux", "Jeanne"));
    String haystack = allBytesAndValues(o1);
    for (String n : new TreeSet<>(needles)) {
      assertThat(haystack).as("identité trouvée dans le paquet : %s", n).doesNotContain(n);
    }

    // A year later: other ids, other spellings, same persons → same pseudonyms.
    WorkspaceIngest.run(extract(tmp.resolve("x2025"), "31/12/2025", true), MappingLoader.builtIn(), ws, null, IngestProgress.NONE);
    PartnerRelease.run(settings(ws, conv, keys.resolve("coffre.json"), tmp.resolve("p2025.pgp")), m -> {});
    Path o2 = openPackage(tmp.resolve("p2025.pgp"), tmp.resolve("o2025"));
    Set<String> a = pseudonyms(o1);
    assertThat(a).hasSizeGreaterThan(50).allMatch(s -> s.matches("[0-9a-f]{32}"));
    assertThat(pseudonyms(o2)).isEqualTo(a);
    assertThat(AuditLog.verify(ws.resolve(PartnerRelease.AUDIT_LOG))).extracting(AuditLog.Entry::operation)
        .containsExactly("extraction", "paquet", "extraction", "paquet");
    assertThat(Files.readString(ws.resolve(PartnerRelease.AUDIT_LOG))).doesNotContain("LEF", "DUPONT", "I1\"");
  }

  @Test
  void anotherKeyOrAnUnreachableKIsRefusedAndNothingIsWritten() throws Exception {
    Path ws = tmp.resolve("ws");
    WorkspaceIngest.run(extract(tmp.resolve("x"), "31/12/2024", false), MappingLoader.builtIn(), ws, null, IngestProgress.NONE);
    Path conv = convention(ConventionLoader.demoText());
    PartnerRelease.run(settings(ws, conv, keys.resolve("coffre.json"), tmp.resolve("p.pgp")), m -> {});
    long auditLines = Files.readAllLines(ws.resolve(PartnerRelease.AUDIT_LOG)).size();

    assertThatThrownBy(() -> PartnerRelease.run(settings(ws, conv, keys.resolve("autre-coffre.json"), tmp.resolve("q.pgp")), m -> {}))
        .isInstanceOf(ParcoursException.class).hasMessageContaining("casserait toutes les cohortes");
    Path strict = convention(ConventionLoader.demoText().replace("k_minimum: 5", "k_minimum: 60").replace("suppression_max: 0.05", "suppression_max: 0"));
    assertThatThrownBy(() -> PartnerRelease.run(settings(ws, strict, keys.resolve("coffre.json"), tmp.resolve("q.pgp")), m -> {}))
        .isInstanceOf(ParcoursException.class).hasMessageContaining("ne permet pas d'atteindre k = 60");
    assertThat(tmp.resolve("q.pgp")).doesNotExist();
    assertThat(Files.readAllLines(ws.resolve(PartnerRelease.AUDIT_LOG))).hasSize((int) auditLines);
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".preparation-") || n.startsWith(".paquet-"));
    }
  }

  @Test
  void demoReleaseWritesConventionRegisterAndAnOpenablePackage() throws Exception {
    Path ws = tmp.resolve("ws");
    WorkspaceIngest.run(extract(tmp.resolve("x"), "31/12/2024", false), MappingLoader.builtIn(), ws, null, IngestProgress.NONE);
    var o = DemoRelease.run(ws, tmp.resolve("partenaire"), PASS, m -> {});
    assertThat(Files.readString(o.register())).contains("Registre des activités de traitement");
    ExchangePackage.open(o.release().packageFile(), tmp.resolve("partenaire/arpe.secret.asc"), PASS, tmp.resolve("partenaire/cles/responsable.asc"),
        tmp.resolve("ouvert"));
    assertThat(tmp.resolve("ouvert/tables/measures.parquet")).exists();
  }

  static String allBytesAndValues(Path dir) throws Exception {
    StringBuilder sb = new StringBuilder();
    try (Stream<Path> s = Files.walk(dir); Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        byte[] b = Files.readAllBytes(f);
        sb.append(new String(b, StandardCharsets.UTF_8)).append('\n').append(new String(b, CP1252)).append('\n');
        if (f.toString().endsWith(".parquet")) {
          try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM read_parquet('" + f + "')")) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) for (int i = 1; i <= n; i++) sb.append(rs.getString(i)).append(';');
          }
        }
      }
    }
    return sb.toString();
  }

  static Set<String> pseudonyms(Path dir) throws Exception {
    Set<String> out = new TreeSet<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT person_id FROM read_parquet('" + dir.resolve("tables/persons.parquet") + "')")) {
      while (rs.next()) out.add(rs.getString(1));
    }
    return out;
  }
}
