package fr.parcours.stats.survival;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The survival package's {@code veteran} and {@code lung} data sets (survival 3.5-3, LGPL ≥ 2),
 * copied from /work/shared/datasets into src/test/resources/survival. Empty field = NA.
 */
final class Datasets {
  final List<String> names;
  final List<String[]> rows = new ArrayList<>();

  private Datasets(String name) {
    try (InputStream in = Datasets.class.getResourceAsStream("/survival/" + name)) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      names = Arrays.asList(r.readLine().split(",", -1));
      String line;
      while ((line = r.readLine()) != null) {
        rows.add(line.split(",", -1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Datasets veteran() {
    return new Datasets("veteran.csv");
  }

  static Datasets lung() {
    return new Datasets("lung.csv");
  }

  /** Keeps the rows where every listed column is present (R's na.omit on those columns). */
  Datasets complete(String... columns) {
    rows.removeIf(r -> Arrays.stream(columns).anyMatch(c -> r[names.indexOf(c)].isEmpty()));
    return this;
  }

  double[] num(String column) {
    int j = names.indexOf(column);
    return rows.stream().mapToDouble(r -> Double.parseDouble(r[j])).toArray();
  }

  String[] str(String column) {
    int j = names.indexOf(column);
    return rows.stream().map(r -> r[j]).toArray(String[]::new);
  }

  int[] status() {
    return SurvStatus.normalise(num("status"));
  }
}
