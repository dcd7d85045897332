package fr.parcours.app.web.auth;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes (BouncyCastle), stored in the PHC string format
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} (base64 without padding), so that the cost
 * can be raised later without breaking existing accounts. Default cost: OWASP's first
 * recommendation (19 MiB, 2 passes, 1 lane). Thread-safe.
 */
public final class PasswordHasher {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getDecoder();

  private PasswordHasher() {}

  /** Cost settings. */
  public record Cost(int memoryKib, int iterations, int parallelism) {
    public static final Cost DEFAULT = new Cost(19_456, 2, 1);
  }

  public static String hash(char[] password) {
    return hash(password, Cost.DEFAULT);
  }

  public static String hash(char[] password, Cost cost) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    byte[] out = derive(password, salt, cost, 32);
    return "$argon2id$v=19$m=" + cost.memoryKib() + ",t=" + cost.iterations() + ",p=" + cost.parallelism()
        + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(out);
  }

  /** True when {@code password} matches {@code encoded}; false for any malformed hash. Constant-time comparison. */
  public static boolean verify(char[] password, String encoded) {
    try {
      String[] p = encoded.split("\\$");
      if (p.length != 6 || !p[1].equals("argon2id") || !p[2].equals("v=19")) return false;
      int m = 0;
      int t = 0;
      int par = 0;
      for (String kv : p[3].split(",")) {
        String[] x = kv.split("=");
        switch (x[0]) {
          case "m" -> m = Integer.parseInt(x[1]);
          case "t" -> t = Integer.parseInt(x[1]);
          case "p" -> par = Integer.parseInt(x[1]);
          default -> {
            return false;
          }
        }
      }
      byte[] salt = B64D.decode(p[4]);
      byte[] expected = B64D.decode(p[5]);
      byte[] actual = derive(password, salt, new Cost(m, t, par), expected.length);
      return MessageDigest.isEqual(expected, actual);
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static byte[] derive(char[] password, byte[] salt, Cost cost, int length) {
    Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
        .withVersion(Argon2Parameters.ARGON2_VERSION_13)
        .withMemoryAsKB(cost.memoryKib())
        .withIterations(cost.iterations())
        .withParallelism(cost.parallelism())
        .withSalt(salt)
        .build();
    Argon2BytesGenerator g = new Argon2BytesGenerator();
    g.init(params);
    byte[] out = new byte[length];
    g.generateBytes(password, out);
    return out;
  }
}
