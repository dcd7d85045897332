package fr.parcours.stats.survival;

import java.util.Arrays;

/**
 * Weighted counts at each distinct observed time (event or censoring), sorted ascending: the
 * {@code n.risk}, {@code n.event}, {@code n.censor} columns of R's {@code survfit}. Also maps each
 * observation to the index of its time. Package-private helper.
 */
final class RiskTable {
  final double[] times;
  final double[] nRisk;
  final double[] nEvent;
  final double[] nCensor;
  /** Unweighted number of events at each time (Efron-style tie counts). */
  final int[] eventCount;
  /** Index in {@link #times} of each observation's time. */
  final int[] timeIndex;

  RiskTable(double[] time, int[] status, double[] weights) {
    int n = time.length;
    double[] sorted = time.clone();
    Arrays.sort(sorted);
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[m++] = sorted[i];
      }
    }
    times = Arrays.copyOf(sorted, m);
    nRisk = new double[m];
    nEvent = new double[m];
    nCensor = new double[m];
    eventCount = new int[m];
    timeIndex = new int[n];
    double[] atTime = new double[m];
    for (int i = 0; i < n; i++) {
      int k = Arrays.binarySearch(times, time[i]);
      timeIndex[i] = k;
      atTime[k] += weights[i];
      if (status[i] == 1) {
        nEvent[k] += weights[i];
        eventCount[k]++;
      } else {
        nCensor[k] += weights[i];
      }
    }
    double cum = 0;
    for (int k = m - 1; k >= 0; k--) {
      cum += atTime[k];
      nRisk[k] = cum;
    }
  }

  static double[] unitWeights(int n) {
    double[] w = new double[n];
    Arrays.fill(w, 1.0);
    return w;
  }

  /** Validates the common inputs; returns the weights (unit weights when null). */
  static double[] check(double[] time, int[] status, double[] weights) {
    int n = time.length;
    if (status.length != n) {
      throw new IllegalArgumentException("time and status differ in length: " + n + " vs " + status.length);
    }
    if (n == 0) {
      throw new IllegalArgumentException("no observations");
    }
    double[] w = weights == null ? unitWeights(n) : weights;
    if (w.length != n) {
      throw new IllegalArgumentException("time and weights differ in length: " + n + " vs " + w.length);
    }
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(time[i])) {
        throw new IllegalArgumentException("time[" + i + "] is not finite: " + time[i]);
      }
      if (status[i] != 0 && status[i] != 1) {
        throw new IllegalArgumentException("status[" + i + "] must be 0 or 1, got " + status[i]);
      }
      if (!(w[i] > 0) || !Double.isFinite(w[i])) {
        throw new IllegalArgumentException("weights[" + i + "] must be finite and > 0, got " + w[i]);
      }
    }
    return w;
  }

  static boolean allIntegers(double[] w) {
    for (double v : w) {
      if (v != Math.floor(v)) {
        return false;
      }
    }
    return true;
  }
}
