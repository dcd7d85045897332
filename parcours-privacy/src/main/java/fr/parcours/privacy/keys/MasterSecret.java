package fr.parcours.privacy.keys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * The controller's master secret (32 random bytes). It never leaves the keystore unencrypted: no
 * getter, no {@code toString}; only derived keys (HKDF-SHA256, RFC 5869), one per purpose and
 * context, come out of it. See {@code docs/adr/0002-hkdf-par-finalite.md}.
 */
public final class MasterSecret implements AutoCloseable {
  static final int LENGTH = 32;
  private static final byte[] SALT = "parcours/hkdf/v1".getBytes(StandardCharsets.US_ASCII);

  private final byte[] secret;

  MasterSecret(byte[] secret) {
    if (secret.length != LENGTH) throw new IllegalArgumentException("master secret must be 32 bytes");
    this.secret = secret.clone();
  }

  /** A fresh random secret. */
  public static MasterSecret generate() {
    byte[] b = new byte[LENGTH];
    new SecureRandom().nextBytes(b);
    try {
      return new MasterSecret(b);
    } finally {
      Arrays.fill(b, (byte) 0);
    }
  }

  /** A 32-byte key for {@code purpose} in {@code context} (for example a convention and recipient). */
  public byte[] derive(KeyPurpose purpose, String context) {
    HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
    byte[] info = (purpose.label() + "|" + context).getBytes(StandardCharsets.UTF_8);
    hkdf.init(new HKDFParameters(secret, SALT, info));
    byte[] out = new byte[32];
    hkdf.generateBytes(out, 0, out.length);
    return out;
  }

  /**
   * The key's fingerprint: the first 10 bytes of SHA-256 over a key derived for this one purpose,
   * in hex groups ({@code 3f2a-91bc-…}). Safe to print, store and send: it reveals nothing of the
   * secret, and tells whether two runs used the same key.
   */
  public String fingerprint() {
    byte[] id = derive(KeyPurpose.FINGERPRINT, "");
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(id);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 10; i++) {
        if (i > 0 && i % 2 == 0) sb.append('-');
        sb.append(String.format("%02x", h[i]));
      }
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } finally {
      Arrays.fill(id, (byte) 0);
    }
  }

  /** For sealing in a keystore or splitting into shares only (package-private). */
  byte[] bytes() {
    return secret.clone();
  }

  @Override
  public void close() {
    Arrays.fill(secret, (byte) 0);
  }

  @Override
  public String toString() {
    return "MasterSecret[empreinte=" + fingerprint() + "]";
  }
}
