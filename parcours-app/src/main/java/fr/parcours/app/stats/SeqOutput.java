package fr.parcours.app.stats;

import fr.parcours.model.ParcoursException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine.Option;

/**
 * Output of the {@code parcours seq} sub-commands: a file written atomically (temporary file in
 * the same folder, then renamed) when {@code --out} is given, standard output otherwise. Numbers
 * are written as the shortest decimal that reads back as the same double.
 */
final class SeqOutput {
  @Option(names = "--out", paramLabel = "FICHIER", description = "Fichier CSV de sortie (défaut : sortie standard).")
  Path out;

  /** Writes with {@code body}; atomic when writing to a file. */
  void write(PrintWriter stdout, Body body) {
    try {
      if (out == null) {
        Writer w = new BufferedWriter(stdout, 1 << 16);
        body.write(w);
        w.flush();
        return;
      }
      Path abs = out.toAbsolutePath();
      Path dir = abs.getParent();
      if (dir != null) Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
      try {
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
          body.write(w);
        }
        try {
          Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new ParcoursException("Écriture impossible de " + (out == null ? "la sortie standard" : out) + " : "
          + e.getMessage() + ". Vérifiez les droits et la place disponible.", e);
    }
  }

  /** Something that writes CSV text. */
  interface Body {
    void write(Writer w) throws IOException;
  }

  /** Quotes a CSV field when needed (comma, quote, line break). */
  static String field(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  /**
   * The shortest decimal that reads back as {@code v}, in {@link Double#toString(double)} style.
   * JDK 17's {@code Double.toString} round-trips but occasionally keeps one digit too many
   * (JDK-4511638, fixed in JDK 19); this drops digits while the value still reads back exactly.
   */
  static String number(double v) {
    String s = Double.toString(v);
    if (Double.isNaN(v) || Double.isInfinite(v) || v == 0) return s;
    BigDecimal bd = new BigDecimal(s);
    int digits = bd.precision();
    BigDecimal best = null;
    while (digits > 1) {
      BigDecimal shorter = bd.round(new MathContext(digits - 1, RoundingMode.HALF_EVEN));
      if (shorter.doubleValue() != v) break;
      best = shorter;
      digits--;
    }
    if (best == null) return s;
    return javaStyle(best.stripTrailingZeros(), v);
  }

  private static String javaStyle(BigDecimal d, double v) {
    double a = Math.abs(v);
    if (a >= 1e-3 && a < 1e7) {
      String p = d.toPlainString();
      return p.indexOf('.') < 0 ? p + ".0" : p;
    }
    String u = d.unscaledValue().abs().toString();
    int exp = u.length() - 1 - d.scale();
    String mant = u.length() == 1 ? u + ".0" : u.charAt(0) + "." + u.substring(1);
    return (d.signum() < 0 ? "-" : "") + mant + "E" + exp;
  }
}
