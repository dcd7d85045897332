package fr.parcours.stats.sequence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Loads the test data sets and the expected-value files of {@code src/test/resources/sequence}. */
final class TestData {
  private TestData() {}

  static List<String> lines(String resource) {
    InputStream in = TestData.class.getResourceAsStream("/sequence/" + resource);
    if (in == null) throw new IllegalStateException("missing test resource " + resource);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return r.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** mvad, 72 monthly states (Jul.93..Jun.99, columns 15..86), weighted by {@code weight}. */
  static SequenceData mvad() {
    return load("mvad.csv", 14, 86, "weight");
  }

  /** biofam, states at ages 15..30 (a15..a30), unweighted. */
  static SequenceData biofam() {
    List<String> l = lines("biofam.csv");
    List<String> header = Arrays.asList(l.get(0).split(",", -1));
    int first = header.indexOf("a15");
    return load("biofam.csv", first, first + 16, null);
  }

  /** Columns {@code [from, to)} as states, optional weight column. */
  static SequenceData load(String file, int from, int to, String weightColumn) {
    List<String> l = lines(file);
    List<String> header = Arrays.asList(l.get(0).split(",", -1));
    int wcol = weightColumn == null ? -1 : header.indexOf(weightColumn);
    List<String[]> rows = new ArrayList<>();
    double[] w = new double[l.size() - 1];
    for (int i = 1; i < l.size(); i++) {
      String[] f = l.get(i).split(",", -1);
      rows.add(Arrays.copyOfRange(f, from, to));
      if (wcol >= 0) w[i - 1] = Double.parseDouble(f[wcol]);
    }
    return SequenceData.fromStates(rows, wcol >= 0 ? w : null);
  }

  /** An expected-value file: comment lines start with '#', then rows of numbers. */
  static double[][] expected(String name) {
    return lines("expected/" + name).stream()
        .filter(s -> !s.startsWith("#") && !s.isBlank())
        .map(s -> Arrays.stream(s.split(",")).mapToDouble(TestData::parse).toArray())
        .toArray(double[][]::new);
  }

  private static double parse(String s) {
    return switch (s) {
      case "Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      case "NaN", "NA" -> Double.NaN;
      default -> Double.parseDouble(s);
    };
  }

  static double[] column(double[][] m, int c) {
    return Arrays.stream(m).mapToDouble(r -> r[c]).toArray();
  }
}
