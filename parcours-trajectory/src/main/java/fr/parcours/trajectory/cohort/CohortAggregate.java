package fr.parcours.trajectory.cohort;

import fr.parcours.trajectory.indicator.PersonIndicators;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A mergeable aggregate of {@link PersonIndicators} into cohort tables: {@link #add} one person,
 * {@link #merge} two partial aggregates (one per thread, or per Spark partition), then
 * {@link #tables}. Not thread-safe: one instance per thread, merged at the end.
 */
public final class CohortAggregate {
  private final CohortSpec spec;
  private long persons;
  /** Per row key: category counts per categorical indicator. */
  private final Map<List<String>, long[][]> counts = new HashMap<>();
  /** Per row key and numeric indicator: histogram of values in tenths. */
  private final Map<List<String>, List<TreeMap<Long, Long>>> values = new HashMap<>();

  public CohortAggregate(CohortSpec spec) {
    this.spec = spec;
  }

  public CohortAggregate add(PersonIndicators p) {
    List<String> key = spec.key(p);
    if (key == null) return this;
    persons++;
    long[][] c = row(key);
    List<CohortIndicators.Categorical> cats = CohortIndicators.CATEGORICAL;
    for (int i = 0; i < cats.size(); i++) {
      String v = cats.get(i).value().apply(p);
      if (v == null) continue;
      int j = cats.get(i).codes().indexOf(v);
      if (j >= 0) c[i][j]++;
    }
    List<TreeMap<Long, Long>> h = values(key);
    List<CohortIndicators.Numeric> nums = CohortIndicators.NUMERIC;
    for (int i = 0; i < nums.size(); i++) {
      Double v = nums.get(i).value().apply(p);
      if (v != null && !v.isNaN()) h.get(i).merge(Math.round(v * 10), 1L, Long::sum);
    }
    return this;
  }

  public CohortAggregate merge(CohortAggregate other) {
    if (!other.spec.equals(spec)) throw new IllegalArgumentException("agrégats de cohortes différents");
    persons += other.persons;
    other.counts.forEach((k, c) -> {
      long[][] mine = row(k);
      for (int i = 0; i < c.length; i++) for (int j = 0; j < c[i].length; j++) mine[i][j] += c[i][j];
    });
    other.values.forEach((k, hs) -> {
      List<TreeMap<Long, Long>> mine = values(k);
      for (int i = 0; i < hs.size(); i++) {
        TreeMap<Long, Long> m = mine.get(i);
        hs.get(i).forEach((v, n) -> m.merge(v, n, Long::sum));
      }
    });
    return this;
  }

  private long[][] row(List<String> key) {
    return counts.computeIfAbsent(key, k -> {
      long[][] c = new long[CohortIndicators.CATEGORICAL.size()][];
      for (int i = 0; i < c.length; i++) c[i] = new long[CohortIndicators.CATEGORICAL.get(i).codes().size()];
      return c;
    });
  }

  private List<TreeMap<Long, Long>> values(List<String> key) {
    return values.computeIfAbsent(key, k -> {
      List<TreeMap<Long, Long>> l = new ArrayList<>();
      for (int i = 0; i < CohortIndicators.NUMERIC.size(); i++) l.add(new TreeMap<>());
      return l;
    });
  }

  public CohortTables tables() {
    List<List<String>> keys = new ArrayList<>(counts.keySet());
    keys.sort(KEY_ORDER);
    List<CountTable> ct = new ArrayList<>();
    for (int i = 0; i < CohortIndicators.CATEGORICAL.size(); i++) {
      CohortIndicators.Categorical c = CohortIndicators.CATEGORICAL.get(i);
      long[][] t = new long[keys.size()][];
      for (int r = 0; r < keys.size(); r++) t[r] = counts.get(keys.get(r))[i].clone();
      ct.add(new CountTable(c.name(), c.title(), c.population(), keys, c.codes(), c.labels(), t));
    }
    List<MedianTable> mt = new ArrayList<>();
    for (int i = 0; i < CohortIndicators.NUMERIC.size(); i++) {
      CohortIndicators.Numeric n = CohortIndicators.NUMERIC.get(i);
      double[] med = new double[keys.size()];
      long[] cnt = new long[keys.size()];
      for (int r = 0; r < keys.size(); r++) {
        TreeMap<Long, Long> h = values.get(keys.get(r)).get(i);
        cnt[r] = h.values().stream().mapToLong(Long::longValue).sum();
        med[r] = median(h, cnt[r]);
      }
      mt.add(new MedianTable(n.name(), n.title(), n.population(), keys, med, cnt));
    }
    return new CohortTables(spec, persons, ct, mt);
  }

  /** Median of a histogram of tenths: middle value, or mean of the two middle ones; NaN when empty. */
  static double median(TreeMap<Long, Long> h, long n) {
    if (n == 0) return Double.NaN;
    long lo = (n - 1) / 2;
    long hi = n / 2;
    long seen = 0;
    Long a = null;
    Long b = null;
    for (Map.Entry<Long, Long> e : h.entrySet()) {
      long next = seen + e.getValue();
      if (a == null && lo < next) a = e.getKey();
      if (b == null && hi < next) {
        b = e.getKey();
        break;
      }
      seen = next;
    }
    return (a + b) / 20.0;
  }

  /** Cohort year numerically, then the strata alphabetically. */
  static final Comparator<List<String>> KEY_ORDER = (x, y) -> {
    int c = Integer.compare(Integer.parseInt(x.get(0)), Integer.parseInt(y.get(0)));
    for (int i = 1; c == 0 && i < x.size(); i++) c = x.get(i).compareTo(y.get(i));
    return c;
  };
}
