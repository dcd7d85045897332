package fr.parcours.privacy.keys;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.parcours.model.ParcoursException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * The keystore file: the master secret encrypted with AES-256-GCM under a key stretched from the
 * passphrase with Argon2id (RFC 9106). The file is JSON: format, Argon2 parameters and salt, GCM
 * nonce, ciphertext and the key's fingerprint (public). The header is authenticated as GCM's
 * associated data, so changing a parameter is detected like a wrong passphrase.
 */
public final class Keystore {
  public static final String FORMAT = "parcours-coffre-1";
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Argon2id cost. {@link #DEFAULT} follows RFC 9106's second recommendation (64 MiB, 3 passes).
   *
   * @param memoryKiB memory in KiB, at least 8 × parallelism
   */
  public record Argon2Cost(int memoryKiB, int iterations, int parallelism) {
    public static final Argon2Cost DEFAULT = new Argon2Cost(65536, 3, 1);

    public Argon2Cost {
      if (parallelism < 1 || iterations < 1 || memoryKiB < 8 * parallelism) throw new IllegalArgumentException("invalid Argon2 cost");
    }
  }

  private Keystore() {}

  /** Creates a keystore with a fresh secret; refuses to overwrite an existing file. Returns the fingerprint. */
  public static String create(Path file, char[] passphrase, Argon2Cost cost) {
    if (Files.exists(file)) {
      throw new ParcoursException("Le coffre " + file + " existe déjà : il n'est jamais écrasé. Choisissez un autre fichier, "
          + "ou utilisez parcours key rotate pour changer de clé.");
    }
    try (MasterSecret secret = MasterSecret.generate()) {
      write(file, secret, passphrase, cost);
      return secret.fingerprint();
    }
  }

  /** Seals {@code secret} into {@code file} (atomic: temporary file then rename). */
  public static void write(Path file, MasterSecret secret, char[] passphrase, Argon2Cost cost) {
    checkPassphrase(passphrase);
    SecureRandom rnd = new SecureRandom();
    byte[] salt = new byte[16];
    byte[] nonce = new byte[12];
    rnd.nextBytes(salt);
    rnd.nextBytes(nonce);
    byte[] kek = stretch(passphrase, salt, cost);
    byte[] plain = secret.bytes();
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, nonce));
      c.updateAAD(header(cost, salt));
      byte[] sealed = c.doFinal(plain);
      ObjectNode n = JSON.createObjectNode();
      n.put("format", FORMAT);
      n.put("kdf", "argon2id");
      n.put("memoire_kio", cost.memoryKiB());
      n.put("iterations", cost.iterations());
      n.put("parallelisme", cost.parallelism());
      n.put("sel", Base64.getEncoder().encodeToString(salt));
      n.put("chiffrement", "AES-256-GCM");
      n.put("nonce", Base64.getEncoder().encodeToString(nonce));
      n.put("secret_chiffre", Base64.getEncoder().encodeToString(sealed));
      n.put("empreinte", secret.fingerprint());
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path tmp = Files.createTempFile(parent, ".coffre-", ".tmp");
      try {
        Files.writeString(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(n) + "\n", StandardCharsets.UTF_8);
        try {
          Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, file);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new ParcoursException("Écriture impossible du coffre " + file + " : " + e.getMessage(), e);
    } finally {
      Arrays.fill(kek, (byte) 0);
      Arrays.fill(plain, (byte) 0);
    }
  }

  /** Opens a keystore, or fails with a French message (file missing, damaged, wrong passphrase). */
  public static MasterSecret open(Path file, char[] passphrase) {
    checkPassphrase(passphrase);
    ObjectNode n;
    try {
      n = (ObjectNode) JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (java.nio.file.NoSuchFileException e) {
      throw new ParcoursException("Coffre introuvable : " + file + ". Créez-le avec : parcours key init --keystore " + file);
    } catch (IOException | ClassCastException e) {
      throw new ParcoursException("Le coffre " + file + " est illisible (JSON attendu) : restaurez-le depuis sa sauvegarde.");
    }
    if (!FORMAT.equals(n.path("format").asText())) {
      throw new ParcoursException("Le fichier " + file + " n'est pas un coffre Parcours (format attendu : " + FORMAT + ").");
    }
    byte[] kek = null;
    byte[] plain = null;
    try {
      Argon2Cost cost = new Argon2Cost(n.path("memoire_kio").asInt(), n.path("iterations").asInt(), n.path("parallelisme").asInt());
      byte[] salt = Base64.getDecoder().decode(n.path("sel").asText());
      byte[] nonce = Base64.getDecoder().decode(n.path("nonce").asText());
      byte[] sealed = Base64.getDecoder().decode(n.path("secret_chiffre").asText());
      kek = stretch(passphrase, salt, cost);
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, nonce));
      c.updateAAD(header(cost, salt));
      plain = c.doFinal(sealed);
      return new MasterSecret(plain);
    } catch (AEADBadTagException e) {
      throw new ParcoursException("Phrase secrète incorrecte pour le coffre " + file
          + " (ou coffre altéré). Vérifiez la variable PARCOURS_PASSPHRASE ou la saisie.");
    } catch (IllegalArgumentException e) {
      throw new ParcoursException("Le coffre " + file + " est endommagé (" + e.getMessage() + ") : restaurez-le depuis sa sauvegarde.");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    } finally {
      if (kek != null) Arrays.fill(kek, (byte) 0);
      if (plain != null) Arrays.fill(plain, (byte) 0);
    }
  }

  /** The public fingerprint written in the keystore file (no passphrase needed). */
  public static String fingerprintOf(Path file) {
    try {
      return JSON.readTree(Files.readString(file, StandardCharsets.UTF_8)).path("empreinte").asText();
    } catch (IOException e) {
      throw new ParcoursException("Coffre illisible : " + file + " (" + e.getMessage() + ").");
    }
  }

  private static void checkPassphrase(char[] passphrase) {
    if (passphrase == null || passphrase.length < 12) {
      throw new ParcoursException("La phrase secrète du coffre doit compter au moins 12 caractères.");
    }
  }

  private static byte[] header(Argon2Cost cost, byte[] salt) {
    return (FORMAT + "|argon2id|" + cost.memoryKiB() + "|" + cost.iterations() + "|" + cost.parallelism() + "|"
        + Base64.getEncoder().encodeToString(salt) + "|AES-256-GCM").getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] stretch(char[] passphrase, byte[] salt, Argon2Cost cost) {
    Argon2Parameters p = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
        .withVersion(Argon2Parameters.ARGON2_VERSION_13)
        .withSalt(salt)
        .withMemoryAsKB(cost.memoryKiB())
        .withIterations(cost.iterations())
        .withParallelism(cost.parallelism())
        .build();
    Argon2BytesGenerator g = new Argon2BytesGenerator();
    g.init(p);
    byte[] out = new byte[32];
    g.generateBytes(passphrase, out);
    return out;
  }
}
