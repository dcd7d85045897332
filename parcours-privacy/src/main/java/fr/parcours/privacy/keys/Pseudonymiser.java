package fr.parcours.privacy.keys;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed, irreversible identifiers: HMAC-SHA256 of a normalised identity string under a derived
 * key, written as lower-case hex and cut to {@code hexLength} characters (32 = 128 bits for person
 * pseudonyms, 40 for OLINPE identifiers, the national length). One instance per thread (a
 * {@link Mac} is not thread-safe); {@link #copy()} gives another with the same key.
 */
public final class Pseudonymiser {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private final SecretKeySpec key;
  private final Mac mac;
  private final int hexLength;
  private final byte[] digest = new byte[32];
  private final char[] hex;

  public Pseudonymiser(byte[] derivedKey, int hexLength) {
    if (hexLength < 16 || hexLength > 64 || hexLength % 2 != 0) throw new IllegalArgumentException("hexLength must be even, 16..64");
    this.key = new SecretKeySpec(derivedKey, "HmacSHA256");
    this.hexLength = hexLength;
    this.hex = new char[hexLength];
    try {
      this.mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }

  public Pseudonymiser copy() {
    return new Pseudonymiser(key.getEncoded(), hexLength);
  }

  /** The identifier of {@code value} (a key string from {@code IdentityKeys}, or a source id). */
  public String apply(String value) {
    byte[] h = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
    char[] out = new char[hexLength];
    for (int i = 0; i < hexLength / 2; i++) {
      out[2 * i] = HEX[(h[i] >> 4) & 0xF];
      out[2 * i + 1] = HEX[h[i] & 0xF];
    }
    return new String(out);
  }

  /**
   * The identifier of the first {@code length} bytes of {@code key} (the UTF-8 of a key string, as
   * written by {@code IdentityKeyWriter}): the same result as {@link #apply(String)} on that string,
   * without encoding it or allocating a digest.
   */
  public String apply(byte[] key, int length) {
    mac.update(key, 0, length);
    try {
      mac.doFinal(digest, 0);
    } catch (javax.crypto.ShortBufferException e) {
      throw new IllegalStateException(e);
    }
    for (int i = 0; i < hexLength / 2; i++) {
      hex[2 * i] = HEX[(digest[i] >> 4) & 0xF];
      hex[2 * i + 1] = HEX[digest[i] & 0xF];
    }
    return new String(hex);
  }
}
