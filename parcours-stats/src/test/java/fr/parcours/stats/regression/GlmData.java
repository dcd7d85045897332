package fr.parcours.stats.regression;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Test data: the shared copies in {@code /cluster/data} and R's outputs in {@code /regression}. */
final class GlmData {
  private GlmData() {}

  /** Design x, response y, weights w (null if none). */
  record Model(double[][] x, double[] y, double[] w, String[] names) {}

  static List<String[]> rows(String resource, List<String> headerOut) {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        GlmData.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      List<String> lines = r.lines().toList();
      headerOut.addAll(List.of(lines.get(0).split(",", -1)));
      List<String[]> out = new ArrayList<>();
      for (String l : lines.subList(1, lines.size())) {
        out.add(l.split(",", -1));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, String> summary(String resource) {
    Map<String, String> m = new HashMap<>();
    List<String> h = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        GlmData.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      r.lines().forEach(l -> {
        int eq = l.indexOf('=');
        m.put(l.substring(0, eq), l.substring(eq + 1));
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return m;
  }

  /** lung: response status == 2; covariates as numbers; complete cases on the used columns. */
  static Model lung(String... covariates) {
    List<String> h = new ArrayList<>();
    List<String[]> rows = rows("/cluster/data/lung.csv", h);
    List<double[]> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    rows:
    for (String[] r : rows) {
      double[] x = new double[covariates.length];
      for (int j = 0; j < covariates.length; j++) {
        String v = r[h.indexOf(covariates[j])];
        if (v.isEmpty()) {
          continue rows;
        }
        x[j] = Double.parseDouble(v);
      }
      xs.add(x);
      ys.add(r[h.indexOf("status")].equals("2") ? 1.0 : 0.0);
    }
    return new Model(xs.toArray(new double[0][]), ys.stream().mapToDouble(Double::doubleValue).toArray(), null, covariates);
  }

  /** mvad: response Jun.99 == employment; no/yes factors as 0/1 (R's treatment dummy "yes"). */
  static Model mvad(boolean weighted) {
    String[] cov = {"male", "catholic", "Grammar", "funemp", "gcse5eq", "fmpr", "livboth"};
    List<String> h = new ArrayList<>();
    List<String[]> rows = rows("/sequence/mvad.csv", h);
    double[][] x = new double[rows.size()][cov.length];
    double[] y = new double[rows.size()];
    double[] w = new double[rows.size()];
    String[] names = new String[cov.length];
    for (int j = 0; j < cov.length; j++) {
      names[j] = cov[j] + "yes";
    }
    for (int i = 0; i < rows.size(); i++) {
      String[] r = rows.get(i);
      for (int j = 0; j < cov.length; j++) {
        x[i][j] = r[h.indexOf(cov[j])].equals("yes") ? 1 : 0;
      }
      y[i] = r[h.indexOf("Jun.99")].equals("employment") ? 1 : 0;
      w[i] = Double.parseDouble(r[h.indexOf("weight")]);
    }
    return new Model(x, y, weighted ? w : null, names);
  }
}
