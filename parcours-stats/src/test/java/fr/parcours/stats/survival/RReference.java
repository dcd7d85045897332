package fr.parcours.stats.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An expected-value table written by {@code src/test/r/survival/references.R}. Its comment lines
 * record the R version, the survival version and the exact R call; {@link #provenance()} returns
 * them so that every assertion message names where the number comes from.
 */
final class RReference {
  /**
   * Tolerance of every comparison with R: |actual − expected| ≤ 1e-6 · max(1, |expected|), i.e.
   * 1e-6 absolute for quantities of order ≤ 1 (probabilities, standard errors, coefficients) and
   * 1e-6 relative for larger ones (log-likelihoods, χ², pair counts). Same formulas in double
   * precision differ only by summation order (~1e-13); the Cox fits follow R's Newton path and stop
   * at the same iteration, so 1e-6 leaves a wide margin while catching any convention error.
   */
  static final double TOL = 1e-6;

  final List<String> comments = new ArrayList<>();
  final List<String> header;
  final List<Map<String, String>> rows = new ArrayList<>();

  private RReference(String name) {
    try (InputStream in = RReference.class.getResourceAsStream("/survival/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource survival/" + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      List<String> h = null;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#")) {
          comments.add(line.substring(1).trim());
        } else if (h == null) {
          h = Arrays.asList(line.split(",", -1));
        } else {
          String[] f = line.split(",", -1);
          Map<String, String> row = new LinkedHashMap<>();
          for (int i = 0; i < h.size(); i++) {
            row.put(h.get(i), f[i]);
          }
          rows.add(row);
        }
      }
      header = h;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static RReference load(String name) {
    return new RReference(name);
  }

  String provenance() {
    return String.join(" | ", comments);
  }

  double[] column(String name) {
    return rows.stream().mapToDouble(r -> parse(r.get(name))).toArray();
  }

  List<Map<String, String>> where(String column, String value) {
    return rows.stream().filter(r -> r.get(column).equals(value)).toList();
  }

  /** Value of column {@code value} in the row whose {@code key} column equals {@code name}. */
  double lookup(String key, String name, String value) {
    for (Map<String, String> r : rows) {
      if (r.get(key).equals(name)) {
        return parse(r.get(value));
      }
    }
    throw new IllegalArgumentException("no row " + key + " = " + name);
  }

  static double parse(String s) {
    return switch (s) {
      case "NA", "NaN" -> Double.NaN;
      case "Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      default -> Double.parseDouble(s);
    };
  }

  static double[] parse(List<Map<String, String>> rows, String column) {
    return rows.stream().mapToDouble(r -> parse(r.get(column))).toArray();
  }

  /** Asserts closeness within {@link #TOL} (NaN matches NA, infinities match by sign). */
  static void assertClose(double actual, double expected, String what) {
    if (Double.isNaN(expected)) {
      assertThat(Double.isNaN(actual)).as(what + ": expected NA (R), got " + actual).isTrue();
      return;
    }
    if (Double.isInfinite(expected)) {
      assertThat(actual).as(what).isEqualTo(expected);
      return;
    }
    double tol = TOL * Math.max(1, Math.abs(expected));
    if (!(Math.abs(actual - expected) <= tol)) {
      fail("%s: expected %s (R) but got %s (diff %s > tol %s)", what, expected, actual, Math.abs(actual - expected), tol);
    }
  }

  static void assertClose(double[] actual, double[] expected, String what) {
    assertThat(actual.length).as(what + " (length)").isEqualTo(expected.length);
    for (int i = 0; i < expected.length; i++) {
      assertClose(actual[i], expected[i], what + " [" + i + "]");
    }
  }
}
