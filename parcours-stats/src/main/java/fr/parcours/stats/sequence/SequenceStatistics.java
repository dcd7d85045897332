package fr.parcours.stats.sequence;

/**
 * Descriptive statistics of state sequences with TraMineR 2.2-12's definitions.
 *
 * <p>Each method names the TraMineR call it matches and the source file it follows (CRAN mirror
 * {@code github.com/cran/TraMineR}). Reference tests: {@code SequenceStatisticsReferenceTest}
 * against base-R transcriptions of those files, tolerance 1e-9. Sums run in row order in double
 * precision (R accumulates {@code sum()} in long double: differences are of order 1e-16).
 *
 * <p>Stateless and thread-safe.
 */
public final class SequenceStatistics {
  private SequenceStatistics() {}

  /**
   * Shannon entropy of a distribution, TraMineR's internal {@code entropy()} ({@code R/entropy.R}):
   * zero entries dropped, {@code p = x / sum(x)}, {@code H = -sum(p log p)} (natural log).
   */
  static double entropy(double[] distrib) {
    double total = 0;
    for (double d : distrib) if (d != 0) total += d;
    double h = 0;
    for (double d : distrib) {
      if (d != 0) {
        double p = d / total;
        h += p * Math.log(p);
      }
    }
    return -h;
  }

  /** Entropy of the uniform distribution over {@code k} states, computed as TraMineR does. */
  static double maxEntropy(int k) {
    double[] u = new double[k];
    java.util.Arrays.fill(u, 1.0 / k);
    return entropy(u);
  }

  /**
   * State distribution at each position: {@code seqstatd(s, weighted = W, norm = N)}
   * ({@code R/seqstatd.R}).
   *
   * <p>Definition: with weights {@code w_i}, {@code n_{s,t} = Σ_i w_i [x_{i,t} = s]}, valid
   * {@code N_t = Σ_s n_{s,t}}, frequency {@code f_{s,t} = n_{s,t} / N_t}; cross-sectional entropy
   * {@code H_t = −Σ_s f_{s,t} ln f_{s,t}} (zero terms dropped), divided when {@code normalised}
   * by the entropy of the uniform distribution over the whole alphabet ({@code ln k}).
   *
   * @param data sequences
   * @param weighting case weights or not (TraMineR's default is {@link Weighting#WEIGHTED})
   * @param normalised divide the entropy by {@code ln k} (TraMineR's default {@code norm = TRUE})
   */
  public static StateDistribution stateDistribution(SequenceData data, Weighting weighting, boolean normalised) {
    int k = data.alphabetSize();
    int len = data.length();
    double[] w = data.effectiveWeights(weighting);
    int[][] rows = data.rows();
    double[][] freq = new double[k][len];
    for (int i = 0; i < rows.length; i++) for (int t = 0; t < len; t++) freq[rows[i][t]][t] += w[i];
    double[] validN = new double[len];
    double[] ent = new double[len];
    double emax = maxEntropy(k);
    double[] col = new double[k];
    for (int t = 0; t < len; t++) {
      double n = 0;
      for (int s = 0; s < k; s++) n += freq[s][t];
      validN[t] = n;
      for (int s = 0; s < k; s++) {
        freq[s][t] = freq[s][t] / n;
        col[s] = freq[s][t];
      }
      ent[t] = normalised ? entropy(col) / emax : entropy(col);
    }
    return new StateDistribution(data.alphabet(), freq, validN, ent);
  }

  /**
   * Lag-1 transition rates pooled over positions: {@code seqtrate(s, weighted = W)}
   * ({@code R/seqtrate.R}, {@code time.varying = FALSE, lag = 1}).
   *
   * <p>Definition: {@code p(b|a) = Σ_i w_i #{t < L : x_{i,t}=a, x_{i,t+1}=b} / Σ_i w_i #{t < L :
   * x_{i,t}=a}}; a row with zero denominator is all zeros.
   */
  public static TransitionRates transitionRates(SequenceData data, Weighting weighting) {
    int k = data.alphabetSize();
    double[] w = data.effectiveWeights(weighting);
    int[][] rows = data.rows();
    double[][] pab = new double[k][k];
    double[] pa = new double[k];
    int[] counts = new int[k * k];
    for (int i = 0; i < rows.length; i++) {
      java.util.Arrays.fill(counts, 0);
      int[] x = rows[i];
      for (int t = 0; t + 1 < x.length; t++) counts[x[t] * k + x[t + 1]]++;
      for (int a = 0; a < k; a++) {
        int rowCount = 0;
        for (int b = 0; b < k; b++) {
          int c = counts[a * k + b];
          rowCount += c;
          pab[a][b] += w[i] * c;
        }
        pa[a] += w[i] * rowCount;
      }
    }
    double[][] rates = new double[k][k];
    for (int a = 0; a < k; a++) for (int b = 0; b < k; b++) rates[a][b] = pa[a] == 0 ? 0 : pab[a][b] / pa[a];
    return new TransitionRates(data.alphabet(), rates);
  }

  /**
   * Time-varying lag-1 transition rates: {@code seqtrate(s, time.varying = TRUE, weighted = W)}
   * ({@code R/seqtrate.R}). Result {@code [t][a][b]} for {@code t = 0 .. L−2}: p(b at t+1 | a at t).
   */
  public static double[][][] timeVaryingTransitionRates(SequenceData data, Weighting weighting) {
    int k = data.alphabetSize();
    int len = data.length();
    double[] w = data.effectiveWeights(weighting);
    int[][] rows = data.rows();
    double[][][] r = new double[Math.max(0, len - 1)][k][k];
    for (int t = 0; t + 1 < len; t++) {
      double[] pa = new double[k];
      double[][] pab = r[t];
      for (int i = 0; i < rows.length; i++) {
        pa[rows[i][t]] += w[i];
        pab[rows[i][t]][rows[i][t + 1]] += w[i];
      }
      for (int a = 0; a < k; a++) for (int b = 0; b < k; b++) pab[a][b] = pa[a] == 0 ? 0 : pab[a][b] / pa[a];
    }
    return r;
  }

  /**
   * Mean time spent in each state: {@code seqmeant(s, weighted = W)} ({@code R/seqmeant.R}).
   *
   * <p>Definition: {@code m_s = Σ_i w_i d_{i,s} / Σ_i w_i}, where {@code d_{i,s}} is the number of
   * positions of sequence {@code i} in state {@code s} ({@code seqistatd}).
   */
  public static MeanTime meanTime(SequenceData data, Weighting weighting) {
    int k = data.alphabetSize();
    double[] w = data.effectiveWeights(weighting);
    int[][] rows = data.rows();
    double[] m = new double[k];
    int[] cnt = new int[k];
    double wtot = 0;
    for (int i = 0; i < rows.length; i++) {
      java.util.Arrays.fill(cnt, 0);
      for (int s : rows[i]) cnt[s]++;
      for (int s = 0; s < k; s++) m[s] += cnt[s] * w[i];
      wtot += w[i];
    }
    for (int s = 0; s < k; s++) m[s] = m[s] / wtot;
    return new MeanTime(data.alphabet(), m);
  }

  /**
   * Per-sequence indicators (unweighted by definition), all at once:
   *
   * <ul>
   *   <li>{@code seqient(s)} / {@code seqient(s, norm = FALSE)} ({@code R/seqient.R}): entropy of
   *       the sequence's state counts, {@code −Σ_s p_s ln p_s} with {@code p_s = d_s / L}; the
   *       normalised value divides by {@code ln k} (k = alphabet size, not the states observed).
   *   <li>{@code seqST(s)} ({@code R/seqST.R}, {@code R/seqivardur.R} type 1, {@code R/seqsubsn.R}):
   *       {@code T = log2(φ · (s²_max + 1) / (s²_t + 1))}, where φ is the number of distinct
   *       subsequences (empty one included) of the distinct successive states (DSS), {@code s²_t}
   *       the population variance of the spell durations and {@code s²_max = (n − 1)(1 − t̄)²}
   *       with n spells of mean duration t̄.
   *   <li>{@code seqST(s, norm = TRUE)}: {@code (T − 1) / (T_max − 1)}, 0 when {@code T < 1};
   *       {@code T_max} is the turbulence of the sequence of length L cycling through the alphabet
   *       ({@code rep(alphabet, …)[1:L]}).
   *   <li>{@code seqtransn(s)} ({@code R/seqtransn.R}): number of spells − 1.
   *   <li>{@code seqici(s)} ({@code R/seqici.R}): {@code sqrt(q/(L−1) · h)} with q transitions and
   *       h the normalised entropy (0 when L = 1).
   * </ul>
   */
  public static SequenceIndicators indicators(SequenceData data) {
    int n = data.size();
    int k = data.alphabetSize();
    int len = data.length();
    double[] entN = new double[n];
    double[] ent = new double[n];
    double[] turb = new double[n];
    double[] turbN = new double[n];
    double[] ici = new double[n];
    int[] trans = new int[n];
    double lnk = Math.log(k);
    int[] cyc = new int[len];
    for (int t = 0; t < len; t++) cyc[t] = t % k;
    double maxT = k > 1 ? turbulence(cyc, k) : log2(2.0 * ((0 + 1) / (0 + 1.0)));
    double[] counts = new double[k];
    int[][] rows = data.rows();
    for (int i = 0; i < n; i++) {
      int[] x = rows[i];
      java.util.Arrays.fill(counts, 0);
      for (int s : x) counts[s]++;
      ent[i] = entropy(counts);
      entN[i] = ent[i] / lnk;
      int spells = 1;
      for (int t = 1; t < x.length; t++) if (x[t] != x[t - 1]) spells++;
      trans[i] = spells - 1;
      turb[i] = turbulence(x, k);
      turbN[i] = turb[i] < 1 ? 0 : (turb[i] - 1) / (maxT - 1);
      double tn = len == 1 ? 0 : trans[i] / (double) (len - 1);
      ici[i] = Math.sqrt(tn * entN[i]);
    }
    return new SequenceIndicators(entN, ent, turb, turbN, ici, trans);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  /** Elzinga's turbulence, type 1, of one coded sequence ({@code R/seqST.R} {@code turb()}). */
  static double turbulence(int[] x, int k) {
    int[] states = new int[x.length];
    int[] dur = new int[x.length];
    int n = 0;
    for (int t = 0; t < x.length; t++) {
      if (t == 0 || x[t] != x[t - 1]) {
        states[n] = x[t];
        dur[n] = 1;
        n++;
      } else {
        dur[n - 1]++;
      }
    }
    double phi = distinctSubsequences(states, n, k);
    if (Double.isNaN(phi)) phi = Double.MAX_VALUE;
    double sum = 0;
    for (int j = 0; j < n; j++) sum += dur[j];
    double mean = sum / n;
    double ss = 0;
    for (int j = 0; j < n; j++) ss += (dur[j] - mean) * (dur[j] - mean);
    double var = 1.0 / n * ss;
    double vmax = (n - 1) * ((1 - mean) * (1 - mean));
    return log2(phi * ((vmax + 1) / (var + 1)));
  }

  /**
   * Number of distinct subsequences, empty one included, of {@code x[0..n)}: TraMineR's
   * {@code nsubs()} ({@code R/seqsubsn.R}) recurrence {@code N_i = 2 N_{i−1} − N_{last(x_i)−1}}.
   */
  static double distinctSubsequences(int[] x, int n, int k) {
    double[] nn = new double[n + 1];
    int[] last = new int[k];
    nn[0] = 1;
    for (int i = 2; i <= n + 1; i++) {
      nn[i - 1] = 2 * nn[i - 2];
      int c = x[i - 2];
      if (last[c] > 0) nn[i - 1] = nn[i - 1] - nn[last[c] - 1];
      last[c] = i - 1;
    }
    return nn[n];
  }
}
