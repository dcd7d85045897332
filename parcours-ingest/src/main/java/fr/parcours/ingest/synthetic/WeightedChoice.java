package fr.parcours.ingest.synthetic;

import java.util.List;
import java.util.SplittableRandom;

/** A draw among values with fixed weights (cumulative table, binary search). */
final class WeightedChoice<T> {
  private final List<T> values;
  private final double[] cumulative;

  WeightedChoice(List<T> values, double[] weights) {
    if (values.size() != weights.length || values.isEmpty()) {
      throw new IllegalArgumentException("valeurs et poids de tailles différentes");
    }
    this.values = List.copyOf(values);
    this.cumulative = new double[weights.length];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i];
      cumulative[i] = sum;
    }
    if (!(sum > 0)) throw new IllegalArgumentException("poids tous nuls");
  }

  T draw(SplittableRandom rng) {
    double u = rng.nextDouble() * cumulative[cumulative.length - 1];
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > u) hi = mid;
      else lo = mid + 1;
    }
    return values.get(lo);
  }

  List<T> values() {
    return values;
  }
}
