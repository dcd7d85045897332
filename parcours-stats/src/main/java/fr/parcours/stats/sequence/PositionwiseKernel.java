package fr.parcours.stats.sequence;

/**
 * HAM and DHD: {@code d = Σ_t sm_t[x_t][y_t]} over positions, as {@code DHDdistance::distance}
 * ({@code src/DHDdistance.cpp}); HAM uses the same matrix at every position
 * ({@code adaptSmForHAM}). Normalisation uses {@code maxdist = Σ_t max(sm_t)} for
 * {@code maxdist}, {@code l1} and {@code l2} (TraMineR passes {@code maxdist} three times).
 */
final class PositionwiseKernel implements PairKernel {
  private final int[][] seqs;
  private final double[][] costs; // [t][a*k+b]
  private final int k;
  private final double maxdist;
  private final Normalization norm;

  PositionwiseKernel(int[][] seqs, double[][][] costsByPosition, Normalization norm) {
    this.seqs = seqs;
    this.k = costsByPosition.length == 0 ? 0 : costsByPosition[0].length;
    this.costs = new double[costsByPosition.length][];
    double md = 0;
    for (int t = 0; t < costsByPosition.length; t++) {
      costs[t] = SubstitutionCosts.flatten(costsByPosition[t]);
      md = md + SubstitutionCosts.max(costsByPosition[t]);
    }
    this.maxdist = md;
    this.norm = norm;
  }

  @Override
  public double distance(int a, int b) {
    int[] x = seqs[a];
    int[] y = seqs[b];
    int len = Math.min(x.length, y.length);
    double cost = 0;
    for (int t = 0; t < len; t++) cost += costs[t][x[t] * k + y[t]];
    return norm.apply(cost, maxdist, maxdist, maxdist);
  }
}
