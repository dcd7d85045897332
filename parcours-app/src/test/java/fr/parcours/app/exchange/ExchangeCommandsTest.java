package fr.parcours.app.exchange;

import static fr.parcours.app.privacy.InProcess.parcours;
import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.app.privacy.InProcess.Run;
import fr.parcours.engine.workspace.WorkspaceIngest;
import fr.parcours.ingest.load.IngestProgress;
import fr.parcours.ingest.mapping.MappingLoader;
import fr.parcours.ingest.synthetic.GeneratorSettings;
import fr.parcours.ingest.synthetic.SyntheticExtractGenerator;
import fr.parcours.privacy.convention.ConventionLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** parcours register, package, verify and open run in-process, with keys made in a temporary folder: success, and each refusal in French, with nothing written. */
class ExchangeCommandsTest {
  static final String PASS = "cheval agrafe batterie correcte";
  static final Map<String, String> ENV = Map.of("PARCOURS_PASSPHRASE", PASS);
  @TempDir static Path dir;
  static Path ws;
  static Path conv;
  static Path pkg;

  static String s(Path p) {
    return p.toString();
  }

  @BeforeAll
  static void keysWorkspaceAndOnePackage() throws Exception {
    Path cles = dir.resolve("cles");
    assertThat(parcours(ENV, "pgp", "keygen", "--name", "responsable", "--bits", "2048", "--out", s(cles)).code()).isZero();
    assertThat(parcours(ENV, "pgp", "keygen", "--name", "arpe", "--bits", "2048", "--out", s(cles)).code()).isZero();
    Run init = parcours(ENV, "key", "init", "--keystore", s(dir.resolve("coffre.json")));
    assertThat(init.code()).as(init.all()).isZero();
    Run other = parcours(ENV, "key", "init", "--keystore", s(dir.resolve("autre-coffre.json")));
    assertThat(other.code()).as(other.all()).isZero();
    conv = dir.resolve("convention.yaml");
    // A 400-person extract cannot be 5-anonymous on the first-entry date as well: leave it out here.
    Files.writeString(conv, ConventionLoader.demoText().replace(", date_premiere_entree", ""), StandardCharsets.UTF_8);
    var g = new SyntheticExtractGenerator(GeneratorSettings.of(dir.resolve("extrait")).withTruth(dir.resolve("verite")).withPersons(400).withSeed(11)
        .withDirtRate(0)).generate();
    ws = dir.resolve("ws");
    WorkspaceIngest.run(g.out(), MappingLoader.builtIn(), ws, null, IngestProgress.NONE);
    pkg = dir.resolve("paquet.pgp");
    Run p = packageTo(pkg, "coffre.json", ENV);
    assertThat(p.code()).as(p.all()).isZero();
    assertThat(p.out()).contains("Paquet écrit : ", "Personnes transmises : ", "k = 5 atteint");
  }

  static Run packageTo(Path out, String keystore, Map<String, String> env) {
    return parcours(env, "package", "--workspace", s(ws), "--convention", s(conv), "--recipient", "arpe", "--keystore", s(dir.resolve(keystore)),
        "--signing-key", s(dir.resolve("cles/responsable.secret.asc")), "--out", s(out));
  }

  static long auditLines() throws Exception {
    return Files.readAllLines(ws.resolve("journal-audit.jsonl")).size();
  }

  static Path tampered() throws Exception {
    Path t = dir.resolve("altere-" + System.nanoTime() + ".pgp");
    byte[] b = Files.readAllBytes(pkg);
    b[b.length / 2] ^= 0x20;
    Files.write(t, b);
    return t;
  }

  @Test
  void registerWritesMarkdownAndHtmlOrRefusesABadConvention() throws Exception {
    Run md = parcours(ENV, "register", "--convention", s(conv));
    assertThat(md.code()).isZero();
    assertThat(md.out()).contains("Registre des activités de traitement");
    Run files = parcours(ENV, "register", "--convention", s(conv), "--out", s(dir.resolve("registre")));
    assertThat(files.code()).isZero();
    assertThat(dir.resolve("registre/registre.md")).exists();
    assertThat(Files.readString(dir.resolve("registre/registre.html"))).contains("<html");

    Path bad = dir.resolve("mauvaise.yaml");
    Files.writeString(bad, ConventionLoader.demoText().replace("    unaccompanied_minor: garder\n", "    unaccompanied_minor: garder\n    pointure: garder\n"));
    Run refused = parcours(ENV, "register", "--convention", s(bad), "--out", s(dir.resolve("registre-refuse")));
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).startsWith("Erreur : ").contains("pointure");
    assertThat(dir.resolve("registre-refuse")).doesNotExist();
    Run missing = parcours(ENV, "register", "--convention", s(dir.resolve("absente.yaml")));
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).startsWith("Erreur : ");
  }

  @Test
  void packageRefusalsAreFrenchNonZeroAndWriteNothing() throws Exception {
    long lines = auditLines();
    Path out = dir.resolve("refuse.pgp");

    Run wrongPass = packageTo(out, "coffre.json", Map.of("PARCOURS_PASSPHRASE", "une autre phrase secrète", "PARCOURS_PGP_PASSPHRASE", PASS));
    assertThat(wrongPass.code()).isEqualTo(2);
    assertThat(wrongPass.err()).contains("Phrase secrète incorrecte pour le coffre");

    Run noPass = packageTo(out, "coffre.json", Map.of());
    assertThat(noPass.code()).isEqualTo(2);
    assertThat(noPass.err()).contains("Phrase secrète absente", "PARCOURS_PASSPHRASE");

    Run otherKey = packageTo(out, "autre-coffre.json", ENV);
    assertThat(otherKey.code()).isEqualTo(2);
    assertThat(otherKey.err()).contains("casserait toutes les cohortes", "Rien n'a été écrit");

    Run exists = packageTo(pkg, "coffre.json", ENV);
    assertThat(exists.code()).isEqualTo(2);
    assertThat(exists.err()).contains("existe déjà");

    Path strict = dir.resolve("stricte.yaml");
    Files.writeString(strict, ConventionLoader.demoText().replace("k_minimum: 5", "k_minimum: 400").replace("suppression_max: 0.05", "suppression_max: 0"));
    Run k = parcours(ENV, "package", "--workspace", s(ws), "--convention", s(strict), "--recipient", "arpe", "--keystore", s(dir.resolve("coffre.json")),
        "--signing-key", s(dir.resolve("cles/responsable.secret.asc")), "--out", s(out));
    assertThat(k.code()).isEqualTo(2);
    assertThat(k.err()).contains("ne permet pas d'atteindre k = 400");

    Run missingOption = parcours(ENV, "package", "--workspace", s(ws));
    assertThat(missingOption.code()).isEqualTo(2);

    assertThat(out).doesNotExist();
    assertThat(auditLines()).isEqualTo(lines);
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".preparation-") || n.startsWith(".paquet-"));
    }
  }

  @Test
  void verifyAcceptsTheSealedPackageAndRefusesATamperedOneOrAnotherSigner() throws Exception {
    String key = s(dir.resolve("cles/arpe.secret.asc"));
    String signer = s(dir.resolve("cles/responsable.asc"));
    Run ok = parcours(ENV, "verify", s(pkg), "--key", key, "--signer", signer);
    assertThat(ok.code()).as(ok.all()).isZero();
    assertThat(ok.out()).contains("Paquet valide", "conv-2026-metropole-x-arpe", "destinataire arpe");

    Run bad = parcours(ENV, "verify", s(tampered()), "--key", key, "--signer", signer);
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).startsWith("Erreur : ").containsAnyOf("altéré", "modifié", "invalide");

    Run wrongSigner = parcours(ENV, "verify", s(pkg), "--key", key, "--signer", s(dir.resolve("cles/arpe.asc")));
    assertThat(wrongSigner.code()).isEqualTo(2);
    assertThat(wrongSigner.err()).startsWith("Erreur : ");

    Run wrongKey = parcours(ENV, "verify", s(pkg), "--key", s(dir.resolve("cles/responsable.secret.asc")), "--signer", signer);
    assertThat(wrongKey.code()).isEqualTo(2);
    assertThat(wrongKey.err()).contains("n'est pas chiffré pour la clé");
  }

  @Test
  void openCreatesTheFolderOnlyWhenEverythingIsVerified() throws Exception {
    String key = s(dir.resolve("cles/arpe.secret.asc"));
    String signer = s(dir.resolve("cles/responsable.asc"));
    Path recipient = dir.resolve("destinataire");
    Files.createDirectories(recipient);

    Path altered = recipient.resolve("altere");
    Run bad = parcours(ENV, "open", s(tampered()), "--key", key, "--signer", signer, "--out", s(altered));
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).startsWith("Erreur : ");
    assertThat(altered).doesNotExist();
    assertThat(recipient.resolve("journal-audit.jsonl")).doesNotExist();

    Path opened = recipient.resolve("ouvert");
    Run ok = parcours(ENV, "open", s(pkg), "--key", key, "--signer", signer, "--out", s(opened));
    assertThat(ok.code()).as(ok.all()).isZero();
    assertThat(opened.resolve("manifeste.json")).exists();
    assertThat(opened.resolve("tables/persons.parquet")).exists();
    assertThat(Files.readAllLines(recipient.resolve("journal-audit.jsonl"))).hasSize(1);

    Run again = parcours(ENV, "open", s(pkg), "--key", key, "--signer", signer, "--out", s(opened));
    assertThat(again.code()).isEqualTo(2);
    assertThat(again.err()).contains("existe déjà");
    assertThat(Files.readAllLines(recipient.resolve("journal-audit.jsonl"))).hasSize(1);

    Run wrongPass = parcours(Map.of("PARCOURS_PASSPHRASE", "pas la bonne phrase"), "open", s(pkg), "--key", key, "--signer", signer,
        "--out", s(recipient.resolve("autre")));
    assertThat(wrongPass.code()).isEqualTo(2);
    assertThat(wrongPass.err()).contains("Phrase secrète incorrecte pour la clé");
    assertThat(recipient.resolve("autre")).doesNotExist();

    for (Run r : List.of(bad, ok, again, wrongPass)) assertThat(r.all()).doesNotContain(PASS);
  }
}
