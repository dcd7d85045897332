package fr.parcours.privacy.keys;

import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Shamir's secret sharing (A. Shamir, "How to share a secret", CACM 22(11), 1979) over GF(2^8),
 * byte by byte: each byte of the secret is the constant term of a random polynomial of degree
 * k − 1, and share number x (1..255) holds that polynomial's value at x. Any k shares determine
 * the polynomial (Lagrange interpolation at 0 gives the secret); k − 1 shares are consistent with
 * every value of the secret, each by exactly as many polynomials, so they say nothing of it.
 *
 * <p>The field is GF(2^8) with the AES polynomial x^8 + x^4 + x^3 + x + 1 (0x11B), multiplication
 * through log/exp tables of the generator 3. Addition and subtraction are XOR. Pure, thread-safe.
 */
public final class Shamir {
  private static final int[] EXP = new int[512];
  private static final int[] LOG = new int[256];

  static {
    int x = 1;
    for (int i = 0; i < 255; i++) {
      EXP[i] = x;
      LOG[x] = i;
      // x * 3 = x * 2 + x, reduced by 0x11B
      int twice = x << 1;
      if ((twice & 0x100) != 0) twice ^= 0x11B;
      x = twice ^ x;
    }
    for (int i = 255; i < 512; i++) EXP[i] = EXP[i - 255];
  }

  private Shamir() {}

  /** Product in GF(2^8). */
  static int mul(int a, int b) {
    if (a == 0 || b == 0) return 0;
    return EXP[LOG[a] + LOG[b]];
  }

  /** Quotient in GF(2^8); {@code b} non-zero. */
  static int div(int a, int b) {
    if (b == 0) throw new ArithmeticException("division by zero in GF(256)");
    if (a == 0) return 0;
    return EXP[LOG[a] + 255 - LOG[b]];
  }

  /** Value at {@code x} of the polynomial with coefficients {@code c} (constant first), Horner's rule. */
  static int eval(int[] c, int x) {
    int y = 0;
    for (int i = c.length - 1; i >= 0; i--) y = mul(y, x) ^ c[i];
    return y;
  }

  /**
   * Splits {@code secret} into {@code n} shares, any {@code k} of which recover it. Share {@code i}
   * (0-based) is the evaluation at x = i + 1.
   *
   * @return {@code n} arrays of {@code secret.length} bytes
   */
  public static byte[][] split(byte[] secret, int n, int k, SecureRandom random) {
    if (k < 1 || k > n || n > 255) throw new IllegalArgumentException("need 1 <= k <= n <= 255");
    byte[][] shares = new byte[n][secret.length];
    int[] c = new int[k];
    for (int b = 0; b < secret.length; b++) {
      c[0] = secret[b] & 0xFF;
      for (int j = 1; j < k; j++) c[j] = random.nextInt(256);
      for (int i = 0; i < n; i++) shares[i][b] = (byte) eval(c, i + 1);
    }
    Arrays.fill(c, 0);
    return shares;
  }

  /**
   * The secret from shares: {@code xs[j]} is share j's x (1..255, distinct), {@code ys[j]} its
   * bytes. With fewer than k shares of the split, the result is some unrelated value: the caller
   * checks it (the key fingerprint).
   */
  public static byte[] combine(int[] xs, byte[][] ys) {
    if (xs.length == 0 || xs.length != ys.length) throw new IllegalArgumentException("one x per share, at least one share");
    for (int i = 0; i < xs.length; i++) {
      if (xs[i] < 1 || xs[i] > 255) throw new IllegalArgumentException("share x must be 1..255");
      for (int j = 0; j < i; j++) if (xs[i] == xs[j]) throw new IllegalArgumentException("duplicate share " + xs[i]);
      if (ys[i].length != ys[0].length) throw new IllegalArgumentException("shares of different lengths");
    }
    // Lagrange basis at 0: l_j(0) = prod_{m != j} x_m / (x_m - x_j), with - = XOR.
    int[] basis = new int[xs.length];
    for (int j = 0; j < xs.length; j++) {
      int num = 1;
      int den = 1;
      for (int m = 0; m < xs.length; m++) {
        if (m == j) continue;
        num = mul(num, xs[m]);
        den = mul(den, xs[m] ^ xs[j]);
      }
      basis[j] = div(num, den);
    }
    byte[] out = new byte[ys[0].length];
    for (int b = 0; b < out.length; b++) {
      int s = 0;
      for (int j = 0; j < xs.length; j++) s ^= mul(ys[j][b] & 0xFF, basis[j]);
      out[b] = (byte) s;
    }
    return out;
  }
}
