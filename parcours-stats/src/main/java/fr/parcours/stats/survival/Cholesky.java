package fr.parcours.stats.survival;

/**
 * Cholesky solve and inverse of a symmetric positive-definite matrix, with R's
 * {@code toler.chol = .Machine$double.eps^0.75} singularity threshold relative to the diagonal.
 */
final class Cholesky {
  private static final double TOLER = Math.pow(Math.ulp(1.0), 0.75);

  private Cholesky() {}

  private static double[][] factor(double[][] m) {
    int p = m.length;
    double[][] l = new double[p][p];
    double maxDiag = 0;
    for (int i = 0; i < p; i++) {
      maxDiag = Math.max(maxDiag, Math.abs(m[i][i]));
    }
    for (int j = 0; j < p; j++) {
      double s = m[j][j];
      for (int k = 0; k < j; k++) {
        s -= l[j][k] * l[j][k];
      }
      if (!(s > TOLER * maxDiag)) {
        throw new IllegalArgumentException(
            "singular information matrix at column " + j + " (collinear or constant covariate?)");
      }
      l[j][j] = Math.sqrt(s);
      for (int i = j + 1; i < p; i++) {
        double t = m[i][j];
        for (int k = 0; k < j; k++) {
          t -= l[i][k] * l[j][k];
        }
        l[i][j] = t / l[j][j];
      }
    }
    return l;
  }

  static double[] solve(double[][] m, double[] b) {
    double[][] l = factor(m);
    int p = b.length;
    double[] y = new double[p];
    for (int i = 0; i < p; i++) {
      double s = b[i];
      for (int k = 0; k < i; k++) {
        s -= l[i][k] * y[k];
      }
      y[i] = s / l[i][i];
    }
    double[] x = new double[p];
    for (int i = p - 1; i >= 0; i--) {
      double s = y[i];
      for (int k = i + 1; k < p; k++) {
        s -= l[k][i] * x[k];
      }
      x[i] = s / l[i][i];
    }
    return x;
  }

  static double[][] inverse(double[][] m) {
    int p = m.length;
    double[][] inv = new double[p][p];
    for (int j = 0; j < p; j++) {
      double[] e = new double[p];
      e[j] = 1;
      double[] col = solve(m, e);
      for (int i = 0; i < p; i++) {
        inv[i][j] = col[i];
      }
    }
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < i; j++) {
        double v = (inv[i][j] + inv[j][i]) / 2;
        inv[i][j] = v;
        inv[j][i] = v;
      }
    }
    return inv;
  }
}
