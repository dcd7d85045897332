package fr.parcours.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.parcours.model.ParcoursException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncodingCheckTest {
  @TempDir Path tmp;

  /** The word-at-a-time fast path must report the same line as a byte-by-byte count, wherever the bad byte is. */
  @Property(tries = 200)
  void invalidUtf8IsReportedOnItsExactLine(@ForAll @IntRange(min = 0, max = 300) int lines, @ForAll @IntRange(min = 0, max = 40) int width)
      throws Exception {
    Path dir = Files.createTempDirectory("enc");
    StringBuilder sb = new StringBuilder("en-tête\n");
    for (int i = 0; i < lines; i++) sb.append("x".repeat(width)).append(i % 3 == 0 ? "é" : "").append('\n');
    byte[] ok = sb.toString().getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[ok.length + width + 2];
    System.arraycopy(ok, 0, bad, 0, ok.length);
    for (int i = 0; i < width; i++) bad[ok.length + i] = 'y';
    bad[ok.length + width] = (byte) 0xE9; // a Latin-1 é: invalid in UTF-8
    bad[ok.length + width + 1] = '\n';
    Path f = dir.resolve("f.csv");
    Files.write(f, bad);
    long expectedLine = lines + 2L;
    assertThatThrownBy(() -> EncodingCheck.check(f, StandardCharsets.UTF_8))
        .isInstanceOf(ParcoursException.class).hasMessageContaining(", ligne " + expectedLine + " :");
  }

  @Test
  void utf8FileDeclaredWindows1252IsRefusedAndChecksumIsComputed() throws Exception {
    Path f = tmp.resolve("u.csv");
    Files.writeString(f, "a;b\nDUPONT;Léa\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> EncodingCheck.check(f, Charset.forName("windows-1252"))).hasMessageContaining("ligne 2").hasMessageContaining("UTF-8");
    EncodingCheck.Result r = EncodingCheck.check(f, StandardCharsets.UTF_8);
    assertThat(r.sha256()).isEqualTo(Checksums.sha256Hex(f)).hasSize(64);
    assertThat(r.bytes()).isEqualTo(Files.size(f));
  }
}
