package fr.parcours.stats.survival;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Ordering of group labels, as R orders the levels of {@code factor(x)}: numeric order when every
 * label is a number (R's {@code factor} of a numeric vector), otherwise ascending string order
 * (R's {@code sort} of a character vector in the C locale; identical to the usual locales for the
 * lower-case ASCII labels of the reference data sets).
 */
public final class FactorLevels {
  private FactorLevels() {}

  /**
   * The distinct labels in R's factor-level order.
   *
   * @param labels labels (no null)
   * @return distinct labels, sorted
   */
  public static List<String> sorted(Collection<String> labels) {
    boolean numeric = true;
    for (String s : labels) {
      if (parse(s) == null) {
        numeric = false;
        break;
      }
    }
    Comparator<String> cmp =
        numeric ? Comparator.comparingDouble((String s) -> parse(s)).thenComparing(s -> s)
            : Comparator.naturalOrder();
    TreeSet<String> set = new TreeSet<>(cmp);
    set.addAll(labels);
    return new ArrayList<>(set);
  }

  private static Double parse(String s) {
    try {
      double d = Double.parseDouble(s.trim());
      return Double.isNaN(d) ? null : d;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
