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
  @TempDir Path tmp;

  record Run(int code, String out) {}

  Run parcours(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), "fr.parcours.app.Main"));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("PARCOURS_PASSPHRASE", PASS);
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
}
