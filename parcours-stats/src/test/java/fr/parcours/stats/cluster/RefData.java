package fr.parcours.stats.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the reference data and R outputs under {@code src/test/resources/cluster}. */
final class RefData {
  private RefData() {}

  /** Plain comma-separated table with a header (no quotes in these files). */
  record Table(List<String> header, List<String[]> rows) {
    int col(String name) {
      int c = header.indexOf(name);
      if (c < 0) {
        throw new IllegalArgumentException("no column " + name);
      }
      return c;
    }
  }

  static List<String> lines(String resource) {
    InputStream in = RefData.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalArgumentException("missing resource " + resource);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return r.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Table table(String resource) {
    List<String> lines = lines(resource);
    List<String> header = List.of(lines.get(0).split(",", -1));
    List<String[]> rows = new ArrayList<>();
    for (String l : lines.subList(1, lines.size())) {
      if (!l.isEmpty()) {
        rows.add(l.split(",", -1));
      }
    }
    return new Table(header, rows);
  }

  /** key=value lines. */
  static Map<String, String> summary(String resource) {
    Map<String, String> m = new HashMap<>();
    for (String l : lines(resource)) {
      int eq = l.indexOf('=');
      if (eq > 0) {
        m.put(l.substring(0, eq), l.substring(eq + 1));
      }
    }
    return m;
  }

  static int[] ints(String spaceSeparated) {
    String[] p = spaceSeparated.trim().split(" +");
    int[] out = new int[p.length];
    for (int i = 0; i < p.length; i++) {
      out[i] = Integer.parseInt(p[i]);
    }
    return out;
  }

  /** Rows with all named columns present, as doubles (R's complete.cases on those columns). */
  static double[][] completeNumeric(String resource, String... columns) {
    Table t = table(resource);
    int[] idx = new int[columns.length];
    for (int c = 0; c < columns.length; c++) {
      idx[c] = t.col(columns[c]);
    }
    List<double[]> out = new ArrayList<>();
    rows:
    for (String[] r : t.rows()) {
      double[] v = new double[columns.length];
      for (int c = 0; c < columns.length; c++) {
        if (r[idx[c]].isEmpty()) {
          continue rows;
        }
        v[c] = Double.parseDouble(r[idx[c]]);
      }
      out.add(v);
    }
    return out.toArray(new double[0][]);
  }

  /** Euclidean distances computed as R's {@code dist}: Σ (x_i − x_j)² over columns, then √. */
  static DistanceMatrix euclidean(double[][] x) {
    return DistanceMatrix.compute(
        x.length,
        (i, j) -> {
          double s = 0.0;
          for (int c = 0; c < x[i].length; c++) {
            double dev = x[i][c] - x[j][c];
            s += dev * dev;
          }
          return Math.sqrt(s);
        });
  }

  /** The 72 monthly states of mvad (columns Jul.93..Jun.99). */
  static String[][] mvadStates() {
    Table t = table("/sequence/mvad.csv");
    int first = t.col("Jul.93");
    int last = t.col("Jun.99");
    String[][] s = new String[t.rows().size()][];
    for (int i = 0; i < s.length; i++) {
      s[i] = java.util.Arrays.copyOfRange(t.rows().get(i), first, last + 1);
    }
    return s;
  }

  static double[] mvadWeights() {
    Table t = table("/sequence/mvad.csv");
    int w = t.col("weight");
    return t.rows().stream().mapToDouble(r -> Double.parseDouble(r[w])).toArray();
  }

  /** Hamming distance: number of months in which two sequences differ. */
  static DistanceMatrix mvadHamming() {
    String[][] s = mvadStates();
    return DistanceMatrix.compute(
        s.length,
        (i, j) -> {
          int c = 0;
          for (int t = 0; t < s[i].length; t++) {
            if (!s[i][t].equals(s[j][t])) {
              c++;
            }
          }
          return c;
        });
  }

  static DistanceMatrix dataset(String name) {
    return switch (name) {
      case "lung" -> euclidean(
          completeNumeric("/cluster/data/lung.csv", "age", "ph.karno", "wt.loss"));
      case "veteran" -> euclidean(
          completeNumeric("/cluster/data/veteran.csv", "karno", "diagtime", "age"));
      case "mvad", "mvad_weighted" -> mvadHamming();
      default -> throw new IllegalArgumentException(name);
    };
  }

  static Map<String, DistanceMatrix> cache = new HashMap<>();

  static synchronized DistanceMatrix cached(String name) {
    return cache.computeIfAbsent(name.equals("mvad_weighted") ? "mvad" : name, RefData::dataset);
  }
}
