package fr.parcours.privacy.risk;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Pure functions over rows of quasi-identifier values (one row per person). */
public final class RiskMeasures {
  private RiskMeasures() {}

  /** Size of the equivalence class of each distinct combination of values. */
  public static Map<List<String>, Integer> classes(List<String[]> rows) {
    Map<List<String>, Integer> sizes = new HashMap<>();
    for (String[] r : rows) sizes.merge(Arrays.asList(r), 1, Integer::sum);
    return sizes;
  }

  /** The risk figures of {@code rows} for minimum class size {@code k} (see {@link RiskReport}). */
  public static RiskReport measure(List<String[]> rows, int k) {
    if (k < 1) throw new IllegalArgumentException("k must be positive");
    Map<List<String>, Integer> sizes = classes(rows);
    long n = rows.size();
    if (n == 0) return new RiskReport(0, 0, k, 0, 0, 0, 0, 0);
    long smallest = Long.MAX_VALUE;
    long below = 0;
    for (int s : sizes.values()) {
      smallest = Math.min(smallest, s);
      if (s < k) below += s;
    }
    return new RiskReport(n, sizes.size(), k, smallest, below, 1.0 / smallest, (double) sizes.size() / n, (double) below / n);
  }
}
