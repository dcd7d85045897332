package fr.parcours.privacy.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.parcours.model.ParcoursException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shamir's k-of-n sharing over GF(256): field laws, any k shares recover, k − 1 shares leave every secret equally likely. */
class ShamirTest {
  @TempDir Path tmp;

  @Property(tries = 200)
  void fieldLaws(@ForAll @IntRange(min = 0, max = 255) int a, @ForAll @IntRange(min = 0, max = 255) int b,
      @ForAll @IntRange(min = 1, max = 255) int c) {
    assertThat(Shamir.mul(a, b)).isEqualTo(Shamir.mul(b, a)).isEqualTo(slowMul(a, b));
    assertThat(Shamir.div(Shamir.mul(a, c), c)).isEqualTo(a);
    assertThat(Shamir.mul(a, b ^ c)).isEqualTo(Shamir.mul(a, b) ^ Shamir.mul(a, c));
  }

  /** Textbook multiplication (shift and add, reduce by 0x11B). */
  static int slowMul(int a, int b) {
    int p = 0;
    for (int i = 0; i < 8; i++) {
      if ((b & 1) != 0) p ^= a;
      boolean hi = (a & 0x80) != 0;
      a = (a << 1) & 0xFF;
      if (hi) a ^= 0x1B;
      b >>= 1;
    }
    return p;
  }

  @Property(tries = 300)
  void anyKSharesRecoverTheSecret(@ForAll @Size(min = 1, max = 40) byte[] secret, @ForAll @IntRange(min = 1, max = 12) int n,
      @ForAll @IntRange(min = 1, max = 12) int kRaw, @ForAll long seed) {
    int k = 1 + (kRaw - 1) % n;
    byte[][] shares = Shamir.split(secret, n, k, new SecureRandom());
    Random rnd = new Random(seed);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) order.add(i);
    Collections.shuffle(order, rnd);
    int m = k + rnd.nextInt(n - k + 1); // any subset of k or more shares
    int[] xs = new int[m];
    byte[][] ys = new byte[m][];
    for (int j = 0; j < m; j++) {
      xs[j] = order.get(j) + 1;
      ys[j] = shares[order.get(j)];
    }
    assertThat(Shamir.combine(xs, ys)).isEqualTo(secret);
  }

  /**
   * Perfect secrecy, checked exhaustively on one byte: given k − 1 shares, every secret byte is
   * consistent with exactly one choice of the k − 1 random coefficients, so the shares leave all
   * 256 secrets equally likely.
   */
  @Property(tries = 40)
  void kMinusOneSharesLeaveEverySecretEquallyLikely(@ForAll @IntRange(min = 1, max = 255) int x1, @ForAll @IntRange(min = 0, max = 255) int y1) {
    // k = 2: one share (x1, y1). Count, for each secret s, the coefficients a1 with s + a1·x1 = y1.
    int[] count = new int[256];
    for (int s = 0; s < 256; s++) {
      for (int a1 = 0; a1 < 256; a1++) if (Shamir.eval(new int[] {s, a1}, x1) == y1) count[s]++;
    }
    for (int s = 0; s < 256; s++) assertThat(count[s]).as("secret %d", s).isEqualTo(1);
  }

  @Test
  void twoSharesOfAThreeThresholdLeaveEverySecretEquallyLikely() {
    // k = 3, shares at x = 2 and x = 7 with values 0x53 and 0xCA: 256 × 65,536 polynomials enumerated.
    int[] count = new int[256];
    for (int s = 0; s < 256; s++) {
      for (int a1 = 0; a1 < 256; a1++) {
        for (int a2 = 0; a2 < 256; a2++) {
          int[] c = {s, a1, a2};
          if (Shamir.eval(c, 2) == 0x53 && Shamir.eval(c, 7) == 0xCA) count[s]++;
        }
      }
    }
    for (int s = 0; s < 256; s++) assertThat(count[s]).isEqualTo(1);
  }

  @Test
  void shareFilesRoundTripAndRefusals() throws Exception {
    try (MasterSecret m = MasterSecret.generate()) {
      List<Path> files = KeyShares.split(m, 5, 3, tmp.resolve("parts"));
      assertThat(files).hasSize(5).allMatch(Files::exists);
      try (MasterSecret back = KeyShares.join(List.of(files.get(4), files.get(0), files.get(2)))) {
        assertThat(back.fingerprint()).isEqualTo(m.fingerprint());
        assertThat(back.bytes()).isEqualTo(m.bytes());
      }
      for (Path f : files) assertThat(Files.readString(f)).doesNotContain(java.util.Base64.getEncoder().encodeToString(m.bytes()));
      assertThatThrownBy(() -> KeyShares.join(files.subList(0, 2))).isInstanceOf(ParcoursException.class).hasMessageContaining("il en faut 3 sur 5");
      assertThatThrownBy(() -> KeyShares.join(List.of(files.get(0), files.get(0), files.get(1)))).hasMessageContaining("deux fois");
      Path bad = tmp.resolve("alteree.json");
      String text = Files.readString(files.get(1));
      String value = text.replaceAll("(?s).*\"valeur\" : \"([^\"]+)\".*", "$1");
      Files.writeString(bad, text.replace(value, (value.charAt(0) == 'A' ? "B" : "A") + value.substring(1)));
      assertThatThrownBy(() -> KeyShares.join(List.of(files.get(0), bad, files.get(2)))).hasMessageContaining("code de contrôle faux");
      assertThatThrownBy(() -> KeyShares.split(m, 5, 3, tmp.resolve("parts"))).hasMessageContaining("existe déjà");
      assertThatThrownBy(() -> KeyShares.split(m, 3, 4, tmp.resolve("p2"))).hasMessageContaining("--threshold");
      assertThat(tmp.resolve("p2")).doesNotExist();
      try (MasterSecret other = MasterSecret.generate()) {
        List<Path> others = KeyShares.split(other, 3, 2, tmp.resolve("autres"));
        assertThatThrownBy(() -> KeyShares.join(List.of(files.get(0), others.get(1)))).hasMessageContaining("même partage");
      }
    }
  }
}
