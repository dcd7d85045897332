package fr.parcours.stats.survival;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Indices of the observations of one group; groups come in R factor-level order. */
record Subset(String label, int[] index) {

  static List<Subset> split(String[] group, int n) {
    if (group == null || group.length != n) {
      throw new IllegalArgumentException("group must have one label per observation");
    }
    Map<String, List<Integer>> byLabel = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      if (group[i] == null) {
        throw new IllegalArgumentException("group[" + i + "] is null");
      }
      byLabel.computeIfAbsent(group[i], g -> new ArrayList<>()).add(i);
    }
    List<Subset> out = new ArrayList<>();
    for (String level : FactorLevels.sorted(byLabel.keySet())) {
      out.add(new Subset(level, byLabel.get(level).stream().mapToInt(Integer::intValue).toArray()));
    }
    return out;
  }

  double[] pick(double[] x) {
    return Arrays.stream(index).mapToDouble(i -> x[i]).toArray();
  }

  int[] pick(int[] x) {
    return Arrays.stream(index).map(i -> x[i]).toArray();
  }
}
