package fr.parcours.app.web.report;

import fr.parcours.engine.trajectory.CohortReport;
import fr.parcours.stats.disclosure.CellStatus;
import fr.parcours.stats.disclosure.ProtectedTable;
import fr.parcours.stats.disclosure.SmallCellSuppression;
import java.util.Locale;

/**
 * Small-cell protection of the observatory's figures, on top of
 * {@link SmallCellSuppression} (primary suppression under the threshold, secondary so that no line
 * has a single hidden cell): counts are published as text, {@code s} (primary) or {@code c}
 * (secondary), the marks of {@link CohortReport}. A rate is shown only when its denominator
 * reaches the threshold and neither its numerator nor the rest is a small non-zero count.
 */
public final class Protection {
  public static final String PRIMARY = CohortReport.PRIMARY_MARK;
  public static final String SECONDARY = CohortReport.SECONDARY_MARK;

  private final int threshold;
  private final SmallCellSuppression scs;

  public Protection(int threshold) {
    this.threshold = threshold;
    this.scs = new SmallCellSuppression(threshold);
  }

  public int threshold() {
    return threshold;
  }

  /** Cells of a rows × columns table with its margins: result has rows + 1 lines and columns + 1 columns (last = totals). */
  public String[][] table(long[][] cells) {
    ProtectedTable p = scs.protect(cells);
    String[][] out = new String[p.lines()][p.columns()];
    for (int i = 0; i < p.lines(); i++) {
      for (int j = 0; j < p.columns(); j++) {
        CellStatus s = p.status(i, j);
        out[i][j] = s == CellStatus.PRIMARY ? PRIMARY : s == CellStatus.SECONDARY ? SECONDARY : Long.toString(p.value(i, j));
      }
    }
    return out;
  }

  /** One column of counts with its total: result has counts.length + 1 cells (last = total). */
  public String[] column(long[] counts) {
    long[][] cells = new long[counts.length][1];
    for (int i = 0; i < counts.length; i++) cells[i][0] = counts[i];
    String[][] t = table(cells);
    String[] out = new String[counts.length + 1];
    for (int i = 0; i <= counts.length; i++) out[i] = t[i][0];
    return out;
  }

  /** A count alone (no margin to protect): shown, or {@code s}. */
  public String count(long n) {
    return small(n) ? PRIMARY : Long.toString(n);
  }

  /** A percentage with one decimal, or {@code s} when it would reveal a small count. */
  public String rate(long numerator, long denominator) {
    if (denominator < threshold || small(numerator) || small(denominator - numerator)) return PRIMARY;
    return decimal(100.0 * numerator / denominator);
  }

  public boolean small(long n) {
    return n > 0 && n < threshold;
  }

  /** French decimal with one digit ({@code 12,5}). */
  public static String decimal(double v) {
    return String.format(Locale.FRANCE, "%.1f", v).replace('\u202f', ' ').replace('\u00a0', ' ');
  }

  /** French decimal with the given digits. */
  public static String decimal(double v, int digits) {
    return String.format(Locale.FRANCE, "%." + digits + "f", v);
  }
}
