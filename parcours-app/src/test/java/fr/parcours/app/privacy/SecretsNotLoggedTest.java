package fr.parcours.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Key commands run as a real process (passphrase in the environment): the passphrase and the secret never reach stdout/stderr. */
class SecretsNotLoggedTest {
  static final String PASS = "cheval agrafe batterie correcte";
  static final String NEW_PASS = "nouvelle phrase pour le coffre";
  @TempDir Path tmp;

  record Run(int code, String out) {}

  Run parcours(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), "fr.parcours.app.Main"));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("PARCOURS_PASSPHRASE", PASS);
    pb.environment().put("PARCOURS_NEW_PASSPHRASE", NEW_PASS);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), out);
  }

  @Test
  void keyCommandsNeverPrintThePassphraseOrTheSecret() throws Exception {
    Path ks = tmp.resolve("coffre.json");
    Run init = parcours("key", "init", "--keystore", ks.toString());
    assertThat(init.code()).as(init.out()).isZero();
    Run fp = parcours("key", "fingerprint", "--keystore", ks.toString());
    Run again = parcours("key", "init", "--keystore", ks.toString());
    Run keygen = parcours("pgp", "keygen", "--name", "arpe", "--bits", "2048", "--out", tmp.toString());
    Run audit = parcours("audit", "verify", "--log", tmp.resolve("journal-audit.jsonl").toString());
    assertThat(again.code()).isEqualTo(2);
    assertThat(again.out()).contains("existe déjà");
    assertThat(audit.out()).contains("Journal intact : 1 opération");
    String fingerprint = fp.out().replaceAll("(?s).*Empreinte de la clé : ([0-9a-f-]+).*", "$1").strip();
    assertThat(init.out()).contains(fingerprint);
    String secretFile = Files.readString(ks);
    String sealed = secretFile.replaceAll("(?s).*\"secret_chiffre\" : \"([^\"]+)\".*", "$1");
    for (Run r : List.of(init, fp, again, keygen, audit)) {
      assertThat(r.out()).doesNotContain(PASS).doesNotContain(sealed).doesNotContainPattern("[0-9a-fA-F]{64}").doesNotContainPattern("[A-Za-z0-9+/]{43}=");
    }
    assertThat(Files.readString(tmp.resolve("journal-audit.jsonl"))).doesNotContain(PASS);
  }

  @Test
  void rotateAndAccessNeverPrintPassphrasesSecretsOrLogIdentities() throws Exception {
    Path cles = tmp.resolve("cles");
    assertThat(parcours("pgp", "keygen", "--name", "responsable", "--bits", "2048", "--out", cles.toString()).code()).isZero();
    assertThat(parcours("pgp", "keygen", "--name", "arpe", "--bits", "2048", "--out", cles.toString()).code()).isZero();
    Path ks = tmp.resolve("coffre.json");
    assertThat(parcours("key", "init", "--keystore", ks.toString()).code()).isZero();
    // A 300-person extract cannot be 5-anonymous on the first-entry date as well: leave it out here.
    Files.writeString(tmp.resolve("convention.yaml"), fr.parcours.privacy.convention.ConventionLoader.demoText().replace(", date_premiere_entree", ""),
        StandardCharsets.UTF_8);
    var g = new fr.parcours.ingest.synthetic.SyntheticExtractGenerator(fr.parcours.ingest.synthetic.GeneratorSettings.of(tmp.resolve("extrait"))
        .withTruth(tmp.resolve("verite")).withPersons(300).withSeed(3).withDirtRate(0)).generate();
    Path ws = tmp.resolve("ws");
    fr.parcours.engine.workspace.WorkspaceIngest.run(g.out(), fr.parcours.ingest.mapping.MappingLoader.builtIn(), ws, null,
        fr.parcours.ingest.load.IngestProgress.NONE);
    Run pack = parcours("package", "--workspace", ws.toString(), "--convention", tmp.resolve("convention.yaml").toString(), "--recipient", "arpe",
        "--keystore", ks.toString(), "--signing-key", cles.resolve("responsable.secret.asc").toString(), "--out", tmp.resolve("p.pgp").toString());
    assertThat(pack.code()).as(pack.out()).isZero();
    String[] p = PrivacyCommandsTest.firstPerson(g.out());
    Run access = parcours("access", "--workspace", ws.toString(), "--keystore", ks.toString(), "--person-id", p[0]);
    assertThat(access.code()).as(access.out()).isZero();
    Path newKs = tmp.resolve("nouveau-coffre.json");
    Run rotate = parcours("key", "rotate", "--workspace", ws.toString(), "--keystore", ks.toString(), "--new-keystore", newKs.toString());
    assertThat(rotate.code()).as(rotate.out()).isZero();
    Run refused = parcours("access", "--workspace", ws.toString(), "--keystore", ks.toString(), "--identity", p[1] + ";" + p[2] + ";" + p[3]);
    assertThat(refused.code()).isEqualTo(2);
    for (Path f : List.of(ks, newKs)) {
      String sealed = Files.readString(f).replaceAll("(?s).*\"secret_chiffre\" : \"([^\"]+)\".*", "$1");
      for (Run r : List.of(pack, access, rotate, refused)) assertThat(r.out()).doesNotContain(sealed);
    }
    for (Run r : List.of(pack, access, rotate, refused)) {
      assertThat(r.out()).doesNotContain(PASS).doesNotContain(NEW_PASS).doesNotContainPattern("[0-9a-fA-F]{64}").doesNotContainPattern("[A-Za-z0-9+/]{43}=");
    }
    String log = Files.readString(ws.resolve("journal-audit.jsonl"));
    assertThat(log).doesNotContain(PASS).doesNotContain(NEW_PASS).doesNotContain("\"" + p[0] + "\"").doesNotContain(p[1]).doesNotContain(p[3]);
  }
}
