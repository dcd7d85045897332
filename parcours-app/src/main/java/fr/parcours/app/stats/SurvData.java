package fr.parcours.app.stats;

import fr.parcours.model.ParcoursException;
import fr.parcours.stats.survival.FactorLevels;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The columns of a {@code parcours surv} analysis, read from a {@link SurvCsv}: rows with a missing
 * value in any used column are dropped (R's {@code na.omit}); invalid values are reported with file,
 * line and column.
 *
 * @param status 0/1 event indicator (0/1 or 1/2 input, as R's {@code Surv})
 * @param cause competing-risk code (0 = censored, k = cause k), only for cif; else null
 * @param x Cox design matrix (numeric covariates as is, categorical ones as indicator columns)
 */
record SurvData(
    String timeColumn, String statusColumn, String groupColumn, String weightsColumn,
    double[] time, int[] status, int[] cause, double[] weights, String[] group,
    double[][] x, List<String> xNames, int dropped, List<String> usedColumns) {

  static SurvData load(SurvCsv csv, String timeCol, String statusCol, String groupCol, String weightsCol,
      List<String> covariates, boolean competing) {
    int ti = csv.column(timeCol, "--time");
    int si = csv.column(statusCol, "--status");
    int gi = groupCol == null ? -1 : csv.column(groupCol, "--group");
    int wi = weightsCol == null ? -1 : csv.column(weightsCol, "--weights");
    int[] ci = new int[covariates.size()];
    for (int j = 0; j < ci.length; j++) {
      ci[j] = csv.column(covariates.get(j), "--covariates");
    }
    LinkedHashSet<String> used = new LinkedHashSet<>(List.of(timeCol, statusCol));
    List<Integer> cols = new ArrayList<>(List.of(ti, si));
    if (gi >= 0) {
      used.add(groupCol);
      cols.add(gi);
    }
    if (wi >= 0) {
      used.add(weightsCol);
      cols.add(wi);
    }
    for (int j = 0; j < ci.length; j++) {
      used.add(covariates.get(j));
      cols.add(ci[j]);
    }
    List<Integer> keep = new ArrayList<>();
    for (int r = 0; r < csv.rows.size(); r++) {
      final int row = r;
      if (cols.stream().noneMatch(c -> csv.missing(row, c))) {
        keep.add(r);
      }
    }
    int n = keep.size();
    if (n == 0) {
      throw new ParcoursException(csv.file + " : aucune ligne complète pour les colonnes " + String.join(", ", used)
          + ". Vérifiez les noms de colonnes et les valeurs manquantes.");
    }
    double[] time = new double[n];
    double[] rawStatus = new double[n];
    double[] weights = wi < 0 ? null : new double[n];
    String[] group = gi < 0 ? null : new String[n];
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < n; k++) {
      int r = keep.get(k);
      time[k] = csv.number(r, ti, "durée");
      if (!Double.isFinite(time[k])) {
        throw invalid(csv, r, ti, "durée non finie", "Donnez une durée numérique finie.");
      }
      rawStatus[k] = csv.number(r, si, "statut");
      max = Math.max(max, rawStatus[k]);
      if (weights != null) {
        weights[k] = csv.number(r, wi, "poids");
        if (!(weights[k] > 0) || !Double.isFinite(weights[k])) {
          throw invalid(csv, r, wi, "poids non strictement positif", "Les poids doivent être des nombres > 0.");
        }
      }
      if (group != null) {
        group[k] = csv.value(r, gi);
      }
    }
    int[] status = new int[n];
    int[] cause = competing ? new int[n] : null;
    double shift = !competing && max == 2 ? 1 : 0;
    for (int k = 0; k < n; k++) {
      double v = rawStatus[k];
      if (competing) {
        if (v < 0 || v != Math.rint(v)) {
          throw invalid(csv, keep.get(k), si, "statut « " + csv.value(keep.get(k), si) + " » invalide",
              "Pour cif, codez 0 = censuré et 1, 2, … = cause de l'événement.");
        }
        cause[k] = (int) v;
        status[k] = v > 0 ? 1 : 0;
      } else {
        v -= shift;
        if (v != 0 && v != 1) {
          throw invalid(csv, keep.get(k), si, "statut « " + csv.value(keep.get(k), si) + " » invalide",
              "Codez le statut 0 = censuré / 1 = événement, ou 1 = censuré / 2 = événement, comme Surv() dans R.");
        }
        status[k] = (int) v;
      }
    }
    List<String> names = new ArrayList<>();
    List<double[]> columns = new ArrayList<>();
    for (int j = 0; j < ci.length; j++) {
      boolean numeric = true;
      List<String> values = new ArrayList<>();
      for (int r : keep) {
        String v = csv.value(r, ci[j]);
        values.add(v);
        try {
          Double.parseDouble(v);
        } catch (NumberFormatException e) {
          numeric = false;
        }
      }
      if (numeric) {
        double[] col = new double[n];
        for (int k = 0; k < n; k++) {
          col[k] = csv.number(keep.get(k), ci[j], "covariable");
        }
        names.add(covariates.get(j));
        columns.add(col);
      } else {
        List<String> levels = FactorLevels.sorted(values);
        if (levels.size() < 2) {
          throw new ParcoursException(csv.file + ", colonne « " + covariates.get(j) + " » : un seul niveau (« " + levels.get(0)
              + " ») après retrait des valeurs manquantes. Retirez cette covariable.");
        }
        for (String level : levels.subList(1, levels.size())) {
          double[] col = new double[n];
          for (int k = 0; k < n; k++) {
            col[k] = values.get(k).equals(level) ? 1 : 0;
          }
          names.add(covariates.get(j) + level);
          columns.add(col);
        }
      }
    }
    double[][] x = new double[n][names.size()];
    for (int k = 0; k < n; k++) {
      for (int j = 0; j < names.size(); j++) {
        x[k][j] = columns.get(j)[k];
      }
    }
    return new SurvData(timeCol, statusCol, groupCol, weightsCol, time, status, cause, weights, group, x,
        List.copyOf(names), csv.rows.size() - n, List.copyOf(used));
  }

  private static ParcoursException invalid(SurvCsv csv, int row, int col, String what, String fix) {
    return new ParcoursException(csv.file + ", ligne " + csv.lines.get(row) + ", colonne « " + csv.header.get(col) + " » : "
        + what + ". " + fix);
  }
}
