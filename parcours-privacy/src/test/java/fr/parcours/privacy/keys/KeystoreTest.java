package fr.parcours.privacy.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.parcours.model.ParcoursException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeystoreTest {
  static final Keystore.Argon2Cost FAST = new Keystore.Argon2Cost(1024, 1, 1);
  @TempDir Path tmp;

  @Test
  void roundTripKeepsTheFingerprintAndTheDerivedKeys() throws Exception {
    Path f = tmp.resolve("coffre.json");
    char[] pass = "une phrase assez longue".toCharArray();
    String fp = Keystore.create(f, pass, FAST);
    assertThat(Keystore.fingerprintOf(f)).isEqualTo(fp).matches("[0-9a-f]{4}(-[0-9a-f]{4}){4}");
    try (MasterSecret a = Keystore.open(f, pass); MasterSecret b = Keystore.open(f, pass)) {
      assertThat(a.fingerprint()).isEqualTo(fp);
      assertThat(a.derive(KeyPurpose.PERSON_PSEUDONYM, "c/r")).isEqualTo(b.derive(KeyPurpose.PERSON_PSEUDONYM, "c/r"));
      assertThat(a.derive(KeyPurpose.PERSON_PSEUDONYM, "c/r")).isNotEqualTo(a.derive(KeyPurpose.PERSON_PSEUDONYM, "c/r2"));
      assertThat(a.derive(KeyPurpose.PERSON_PSEUDONYM, "x")).isNotEqualTo(a.derive(KeyPurpose.OLINPE, "x"));
      assertThat(a.toString()).doesNotContain(hex(a.bytes()));
    }
    String file = Files.readString(f);
    try (MasterSecret a = Keystore.open(f, pass)) {
      assertThat(file).doesNotContain(hex(a.bytes())).doesNotContain(java.util.Base64.getEncoder().encodeToString(a.bytes()));
    }
  }

  @Test
  void wrongPassphraseIsRefusedInFrench() {
    Path f = tmp.resolve("coffre.json");
    Keystore.create(f, "une phrase assez longue".toCharArray(), FAST);
    assertThatThrownBy(() -> Keystore.open(f, "une autre phrase longue".toCharArray()))
        .isInstanceOf(ParcoursException.class).hasMessageContaining("Phrase secrète incorrecte");
    assertThatThrownBy(() -> Keystore.create(f, "une phrase assez longue".toCharArray(), FAST))
        .isInstanceOf(ParcoursException.class).hasMessageContaining("existe déjà");
    assertThatThrownBy(() -> Keystore.create(tmp.resolve("b.json"), "court".toCharArray(), FAST))
        .hasMessageContaining("12 caractères");
    assertThat(tmp.resolve("b.json")).doesNotExist();
  }

  @Test
  void tamperedHeaderIsDetected() throws Exception {
    Path f = tmp.resolve("coffre.json");
    Keystore.create(f, "une phrase assez longue".toCharArray(), FAST);
    Files.writeString(f, Files.readString(f).replace("\"iterations\" : 1", "\"iterations\" : 2"));
    assertThatThrownBy(() -> Keystore.open(f, "une phrase assez longue".toCharArray())).hasMessageContaining("altéré");
  }

  @Test
  void pseudonymsAreStableAndKeyed() {
    try (MasterSecret m = MasterSecret.generate(); MasterSecret other = MasterSecret.generate()) {
      var p = new Pseudonymiser(m.derive(KeyPurpose.PERSON_PSEUDONYM, "c/r"), 32);
      assertThat(p.apply("P1|LFVRe|MRI|2005-03-12")).hasSize(32).isEqualTo(p.copy().apply("P1|LFVRe|MRI|2005-03-12"));
      assertThat(new Pseudonymiser(other.derive(KeyPurpose.PERSON_PSEUDONYM, "c/r"), 32).apply("P1|LFVRe|MRI|2005-03-12"))
          .isNotEqualTo(p.apply("P1|LFVRe|MRI|2005-03-12"));
    }
  }

  static String hex(byte[] b) {
    StringBuilder sb = new StringBuilder();
    for (byte x : b) sb.append(String.format("%02x", x));
    return sb.toString();
  }
}
