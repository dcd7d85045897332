package fr.parcours.privacy.risk;

import fr.parcours.model.ParcoursException;
import fr.parcours.privacy.convention.FieldPolicy.Level;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Brings a table of persons to k-anonymity on its quasi-identifiers by global recoding then
 * record suppression, the strategy of Datafly (L. Sweeney, 1997) as ARX applies it with a
 * suppression limit:
 *
 * <ol>
 *   <li>measure the equivalence classes at the current levels;
 *   <li>if the records in classes smaller than k are at most {@code maxSuppressedShare} of all,
 *       suppress them (the persons leave the package entirely) and stop;
 *   <li>otherwise generalise, for every record, the date quasi-identifier that has the most
 *       distinct values one level up (month → year → 5-year period), and go back to 1;
 *   <li>if nothing can be generalised further, refuse: the convention's policy cannot reach k.
 * </ol>
 *
 * Non-date quasi-identifiers (sex, flags, the territory of a generalised commune) are never masked:
 * the analyses need them. Pure function.
 */
public final class KAnonymiser {
  private KAnonymiser() {}

  /**
   * What was done.
   *
   * @param levels final level of each date quasi-identifier
   * @param suppressed indices (into the input rows) of the persons suppressed
   * @param steps French lines describing each generalisation and the suppression
   */
  public record Outcome(RiskReport before, RiskReport after, Map<String, Level> levels, Set<Integer> suppressed, List<String> steps) {}

  /**
   * @param qis the quasi-identifier columns
   * @param rows one row per person, values in the order of {@code qis} (LocalDate for dates)
   */
  public static Outcome run(List<QuasiIdentifier> qis, List<Object[]> rows, int k, double maxSuppressedShare) {
    Map<String, Level> levels = new LinkedHashMap<>();
    for (QuasiIdentifier q : qis) if (q.date()) levels.put(q.name(), q.initial());
    List<String> steps = new ArrayList<>();
    RiskReport before = null;
    while (true) {
      List<String[]> rendered = render(qis, rows, levels);
      RiskReport r = RiskMeasures.measure(rendered, k);
      if (before == null) before = r;
      if (r.recordsBelowK() <= Math.floor(maxSuppressedShare * r.records()) && (r.records() - r.recordsBelowK() >= k || r.records() == 0)) {
        Set<Integer> suppressed = new HashSet<>();
        Map<List<String>, Integer> sizes = RiskMeasures.classes(rendered);
        List<String[]> kept = new ArrayList<>();
        for (int i = 0; i < rendered.size(); i++) {
          if (sizes.get(java.util.Arrays.asList(rendered.get(i))) < k) suppressed.add(i);
          else kept.add(rendered.get(i));
        }
        if (!suppressed.isEmpty()) {
          steps.add(String.format(Locale.FRANCE, "suppression de %d personne(s) restées dans des classes de moins de %d (%.2f %%, limite %.2f %%)",
              suppressed.size(), k, 100.0 * suppressed.size() / rows.size(), 100 * maxSuppressedShare));
        }
        return new Outcome(before, RiskMeasures.measure(kept, k), Map.copyOf(levels), Set.copyOf(suppressed), List.copyOf(steps));
      }
      String pick = null;
      int bestDistinct = -1;
      for (int j = 0; j < qis.size(); j++) {
        QuasiIdentifier q = qis.get(j);
        if (!q.date() || levels.get(q.name()) == q.coarsest()) continue;
        Set<String> distinct = new HashSet<>();
        for (String[] row : rendered) distinct.add(row[j]);
        if (distinct.size() > bestDistinct) {
          bestDistinct = distinct.size();
          pick = q.name();
        }
      }
      if (pick == null) {
        throw new ParcoursException(String.format(Locale.FRANCE,
            "La politique de la convention ne permet pas d'atteindre k = %d : même après généralisation (%s), %d personne(s) sur %d "
                + "(%.1f %%) restent dans des classes de moins de %d, au-delà de la suppression permise (%.1f %%). Rien n'a été écrit. "
                + "Supprimez ou généralisez un quasi-identifiant dans la convention, ou revoyez k_minimum avec le délégué à la protection des données.",
            k, levels.isEmpty() ? "aucune date à généraliser" : describe(levels), r.recordsBelowK(), r.records(), 100 * r.shareAtRisk(), k,
            100 * maxSuppressedShare));
      }
      Level from = levels.get(pick);
      levels.put(pick, from.coarser());
      steps.add(pick + " : " + from.word() + " → " + from.coarser().word() + String.format(Locale.FRANCE,
          " (%d personnes dans des classes de moins de %d)", r.recordsBelowK(), k));
    }
  }

  private static String describe(Map<String, Level> levels) {
    List<String> parts = new ArrayList<>();
    levels.forEach((k, v) -> parts.add(k + " au niveau " + v.word()));
    return String.join(", ", parts);
  }

  static List<String[]> render(List<QuasiIdentifier> qis, List<Object[]> rows, Map<String, Level> levels) {
    List<String[]> out = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      String[] r = new String[qis.size()];
      for (int j = 0; j < qis.size(); j++) {
        QuasiIdentifier q = qis.get(j);
        r[j] = q.render(row[j], q.date() ? levels.get(q.name()) : null);
      }
      out.add(r);
    }
    return out;
  }
}
