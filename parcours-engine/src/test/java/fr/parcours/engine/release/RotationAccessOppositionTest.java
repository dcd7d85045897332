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
import fr.parcours.privacy.identity.IdentityKeys;
import fr.parcours.privacy.identity.PersonIdentity;
import fr.parcours.privacy.keys.KeyPurpose;
import fr.parcours.privacy.keys.Keystore;
import fr.parcours.privacy.keys.Pseudonymiser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** parcours key rotate, parcours access and the opposition list, on a workspace built from a small extract. */
class RotationAccessOppositionTest {
  static final char[] PASS = PartnerReleaseTest.PASS;
  static final char[] NEW_PASS = "nouvelle phrase secrète de test".toCharArray();
  static final Keystore.Argon2Cost CHEAP = new Keystore.Argon2Cost(1024, 1, 1);
  static final String CONTEXT = "conv-2026-metropole-x-arpe/arpe";
  @TempDir static Path keys;
  @TempDir Path tmp;

  @BeforeAll
  static void throwawayKeys() throws Exception {
    Pgp.generate("Responsable <r@example.org>", PASS, 2048, keys.resolve("cles/responsable.asc"), keys.resolve("responsable.secret.asc"));
    Pgp.generate("ARPE <p@example.org>", PASS, 2048, keys.resolve("cles/arpe.asc"), keys.resolve("arpe.secret.asc"));
    Keystore.create(keys.resolve("coffre.json"), PASS, CHEAP);
    Files.writeString(keys.resolve("convention.yaml"), ConventionLoader.demoText());
  }

  Path workspace() throws Exception {
    Path ws = tmp.resolve("ws");
    WorkspaceIngest.run(PartnerReleaseTest.extract(tmp.resolve("x2024"), "31/12/2024", false), MappingLoader.builtIn(), ws, null, IngestProgress.NONE);
    return ws;
  }

  PartnerRelease.Result release(Path ws, Path keystore, char[] pass, Path opposition, String name) {
    return PartnerRelease.run(new PartnerRelease.Settings(ws, keys.resolve("convention.yaml"), keystore, pass, "arpe",
        keys.resolve("responsable.secret.asc"), PASS, opposition, tmp.resolve(name), null), m -> {});
  }

  Set<String> sentPseudonyms(String name) throws Exception {
    Path o = tmp.resolve("ouvert-" + name);
    ExchangePackage.open(tmp.resolve(name), keys.resolve("arpe.secret.asc"), PASS, keys.resolve("cles/responsable.asc"), o);
    return PartnerReleaseTest.pseudonyms(o);
  }

  static PersonIdentity identity(PartnerReleaseTest.P p) {
    return new PersonIdentity(p.family(), null, p.first() + " Jeanne", p.birth(), p.mother());
  }

  @Test
  void rotationKeepsAnOldToNewTableNewPackagesUseNewPseudonymsAndTheOldKeyIsRefused() throws Exception {
    Path ws = workspace();
    release(ws, keys.resolve("coffre.json"), PASS, null, "avant.pgp");
    Set<String> before = sentPseudonyms("avant.pgp");
    Path newKs = tmp.resolve("nouveau-coffre.json");

    var r = KeyRotation.run(new KeyRotation.Settings(ws, keys.resolve("coffre.json"), PASS, newKs, NEW_PASS, null), m -> {});
    assertThat(newKs).exists();
    assertThat(Keystore.fingerprintOf(newKs)).isEqualTo(r.newFingerprint()).isNotEqualTo(r.oldFingerprint());
    assertThat(Files.readString(ws.resolve(KeyBinding.FILE)).strip()).isEqualTo(r.newFingerprint());
    assertThat(r.table().getParent()).isEqualTo(ws.resolve(KeyRotation.DIR));
    assertThat(r.contexts()).contains(CONTEXT, "OLINPE 999");

    release(ws, newKs, NEW_PASS, null, "apres.pgp");
    Set<String> after = sentPseudonyms("apres.pgp");
    assertThat(after).hasSameSizeAs(before).doesNotContainAnyElementsOf(before);

    // The table maps each old pseudonym of the context to its new one.
    Map<String, String> table = new HashMap<>();
    List<String> lines = Files.readAllLines(r.table(), StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("finalite;contexte;ancien;nouveau");
    for (String l : lines.subList(1, lines.size())) {
      String[] c = l.split(";");
      if (c[0].equals(KeyPurpose.PERSON_PSEUDONYM.label()) && c[1].equals(CONTEXT)) table.put(c[2], c[3]);
    }
    assertThat(table.keySet()).containsAll(before);
    assertThat(before.stream().map(table::get).collect(Collectors.toSet())).isEqualTo(after);
    // Person by person, with both keys.
    try (var oldKey = Keystore.open(keys.resolve("coffre.json"), PASS); var newKey = Keystore.open(newKs, NEW_PASS)) {
      var a = new Pseudonymiser(oldKey.derive(KeyPurpose.PERSON_PSEUDONYM, CONTEXT), 32);
      var b = new Pseudonymiser(newKey.derive(KeyPurpose.PERSON_PSEUDONYM, CONTEXT), 32);
      for (var p : PartnerReleaseTest.persons()) {
        String k = IdentityKeys.personKey(identity(p)).orElseThrow();
        assertThat(table.get(a.apply(k))).isEqualTo(b.apply(k));
      }
    }

    // The old key is now refused, with a clear message, and nothing is written.
    long audit = Files.readAllLines(ws.resolve(PartnerRelease.AUDIT_LOG)).size();
    assertThatThrownBy(() -> release(ws, keys.resolve("coffre.json"), PASS, null, "refuse.pgp"))
        .isInstanceOf(ParcoursException.class)
        .hasMessageContaining("a été retirée de ce workspace par parcours key rotate")
        .hasMessageContaining(r.newFingerprint())
        .hasMessageContaining("Rien n'a été écrit");
    assertThat(tmp.resolve("refuse.pgp")).doesNotExist();
    assertThatThrownBy(() -> KeyRotation.run(new KeyRotation.Settings(ws, keys.resolve("coffre.json"), PASS, tmp.resolve("c3.json"), NEW_PASS, null), m -> {}))
        .isInstanceOf(ParcoursException.class).hasMessageContaining("retirée");
    assertThat(tmp.resolve("c3.json")).doesNotExist();
    assertThat(Files.readAllLines(ws.resolve(PartnerRelease.AUDIT_LOG))).hasSize((int) audit);

    var log = AuditLog.verify(ws.resolve(PartnerRelease.AUDIT_LOG));
    assertThat(log.stream().map(AuditLog.Entry::operation).filter(o -> !o.equals("extraction"))).containsExactly("paquet", KeyRotation.OPERATION, "paquet");
    // The table never goes into a package (only tables/*.parquet and the manifest do).
    try (Stream<Path> s = Files.walk(tmp.resolve("ouvert-apres.pgp"))) {
      assertThat(s.filter(Files::isRegularFile).map(p -> p.getFileName().toString())).allMatch(n -> n.endsWith(".parquet") || n.equals("manifeste.json"));
    }
  }

  @Test
  void accessListsRowsAndPackagesAcrossARotationAndLogsOnlyAKeyedReference() throws Exception {
    Path ws = workspace();
    release(ws, keys.resolve("coffre.json"), PASS, null, "p1.pgp");
    Path newKs = tmp.resolve("nouveau-coffre.json");
    KeyRotation.run(new KeyRotation.Settings(ws, keys.resolve("coffre.json"), PASS, newKs, NEW_PASS, null), m -> {});
    release(ws, newKs, NEW_PASS, null, "p2.pgp");

    var p = PartnerReleaseTest.persons().get(3);
    var byId = AccessRequest.run(ws, newKs, NEW_PASS, AccessRequest.Subject.ofId(p.id()), null);
    assertThat(byId.personIds()).containsExactly(p.id());
    Map<String, Integer> rows = byId.tables().stream().collect(Collectors.toMap(t -> t.table().tableName(), t -> t.rows().size()));
    assertThat(rows).containsEntry("persons", 1).containsEntry("measures", 1).containsEntry("placements", 1).containsEntry("rsa", 0);
    assertThat(byId.sent()).hasSize(2).allMatch(s -> s.recipient().equals("arpe") && s.convention().equals("conv-2026-metropole-x-arpe"));

    // By identity, in another spelling (the variant the normalisation absorbs), as text and Markdown.
    String date = p.birth().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    var subject = AccessRequest.Subject.ofIdentity(p.variant() + ";" + p.first().replace("é", "e") + ";" + date);
    var byIdentity = AccessRequest.run(ws, newKs, NEW_PASS, subject, null);
    assertThat(byIdentity.personIds()).contains(p.id());
    assertThat(byIdentity.sent()).hasSize(2);
    String md = AccessAnswer.markdown(byIdentity, subject);
    assertThat(md).contains("# Réponse à une demande d'accès", "### Individus (", "### Mesures (1 ligne(s))", "## Transmissions", "| arpe |", date);
    assertThat(AccessAnswer.html(byIdentity, subject)).contains("<h2>Transmissions</h2>", "<td>arpe</td>");
    assertThat(AccessAnswer.text(byIdentity, subject)).contains("DONNÉES DÉTENUES", "date de naissance : " + date);

    // Somebody unknown: an answer that says so, nothing sent.
    var nobody = AccessRequest.run(ws, newKs, NEW_PASS, AccessRequest.Subject.ofIdentity("INCONNU;Personne;01/01/2001"), null);
    assertThat(nobody.personIds()).isEmpty();
    assertThat(nobody.sent()).isEmpty();
    assertThat(AccessAnswer.markdown(nobody, AccessRequest.Subject.ofIdentity("INCONNU;Personne;01/01/2001")))
        .contains("Aucune fiche ne correspond", "Aucun paquet transmis");

    // The audit log: three requests, keyed references only.
    var log = AuditLog.verify(ws.resolve(PartnerRelease.AUDIT_LOG));
    var access = log.stream().filter(e -> e.operation().equals(AccessRequest.OPERATION)).toList();
    assertThat(access).hasSize(3);
    assertThat(access.get(0).details()).containsKeys("reference", "lignes", "paquets").doesNotContainKey("identite");
    assertThat(access.get(0).details().get("reference")).isEqualTo(byId.reference());
    String text = Files.readString(ws.resolve(PartnerRelease.AUDIT_LOG));
    assertThat(text).doesNotContain(p.family(), p.variant(), p.first(), "\"" + p.id() + "\"", date, p.birth().toString(), "INCONNU");

    // Old key: refused.
    assertThatThrownBy(() -> AccessRequest.run(ws, keys.resolve("coffre.json"), PASS, AccessRequest.Subject.ofId(p.id()), null))
        .isInstanceOf(ParcoursException.class).hasMessageContaining("retirée");
    assertThatThrownBy(() -> AccessRequest.Subject.ofIdentity("DUPONT;Léa;2007-03-05")).hasMessageContaining("jj/mm/aaaa");
  }

  @Test
  void opposedPersonsAreAbsentFromThePackageAndOnlyCountedInTheAuditLog() throws Exception {
    Path ws = workspace();
    var ps = PartnerReleaseTest.persons();
    var a = ps.get(0);
    var b = ps.get(1);
    var c = ps.get(2);
    DateTimeFormatter fr = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    // a and b by identity in other spellings (lower case, variant family name, no accents), c by source id.
    Path opp = tmp.resolve("opposition.csv");
    Files.writeString(opp, "nom_naissance;prenoms;date_naissance;id_individu\n"
        + a.variant().toLowerCase() + ";" + a.first().toLowerCase() + ";" + a.birth().format(fr) + ";\n"
        + b.variant() + ";" + b.first().replace("é", "e").replace("É", "E") + ";" + b.birth() + ";\n"
        + ";;;" + c.id() + "\n", StandardCharsets.UTF_8);
    var r = release(ws, keys.resolve("coffre.json"), PASS, opp, "p.pgp");
    assertThat(r.opposed()).isEqualTo(3);
    Set<String> sent = sentPseudonyms("p.pgp");
    try (var key = Keystore.open(keys.resolve("coffre.json"), PASS)) {
      var pseudo = new Pseudonymiser(key.derive(KeyPurpose.PERSON_PSEUDONYM, CONTEXT), 32);
      Set<String> opposed = Stream.of(a, b, c).map(p -> pseudo.apply(IdentityKeys.personKey(identity(p)).orElseThrow())).collect(Collectors.toSet());
      assertThat(sent).doesNotContainAnyElementsOf(opposed);
      String audit = Files.readString(ws.resolve(PartnerRelease.AUDIT_LOG));
      for (String x : opposed) assertThat(audit).doesNotContain(x);
      assertThat(audit).doesNotContain(a.variant(), b.variant(), "\"" + c.id() + "\"", a.family(), b.family());
      var entry = AuditLog.verify(ws.resolve(PartnerRelease.AUDIT_LOG)).stream().filter(e -> e.operation().equals("paquet")).findFirst().orElseThrow();
      assertThat(entry.details()).containsEntry("exclues_opposition", 3);
    }
    // Nobody else was excluded: the persons sent are the others, less those suppressed for k.
    assertThat(r.persons() + r.suppressed()).isEqualTo(ps.size() - 3);
  }
}
