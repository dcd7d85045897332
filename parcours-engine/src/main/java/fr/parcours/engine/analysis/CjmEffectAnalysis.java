package fr.parcours.engine.analysis;

import fr.parcours.engine.workspace.Workspace;
import fr.parcours.model.ParcoursException;
import fr.parcours.stats.effect.IpwResult;
import fr.parcours.stats.effect.Ipw;
import fr.parcours.stats.effect.IpwSettings;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Estimates the effect of a CJM on opening RSA before 25 from the trajectory indicators, by
 * inverse-probability weighting on a propensity score ({@link Ipw}).
 *
 * <p>Population: persons placed on the day they turned 17½ with their minority observed (those who
 * could get a CJM), whose RSA-before-25 window is closed at the extract date (outcome observable —
 * never counted as "no" when unknown). Treatment: a CJM begun before 19. Outcome: an RSA
 * entitlement opened before 25. Covariates: months in care and changes of place before 18, sex,
 * unaccompanied minor, territory and period of the 18th birthday (dummies, most frequent level as
 * reference). These are the confounders that drive both the CJM decision and later poverty in
 * the field (and in the generator's planted models, see docs/generateur.md); with them the
 * propensity model is correctly specified for the synthetic data, which is what the test checks.
 */
public final class CjmEffectAnalysis {
  private CjmEffectAnalysis() {}

  /** Period of the 18th birthday, as the CJM policy changed (2007 reform, 2017 decree, 2022 law). */
  static String period(int majorityYear) {
    if (majorityYear < 2007) return "avant 2007";
    if (majorityYear <= 2016) return "2007-2016";
    if (majorityYear <= 2021) return "2017-2021";
    return "2022 et après";
  }

  public static CjmEffect estimate(Workspace w, IpwSettings settings) {
    String extract = w.latestExtract().orElseThrow(() -> new ParcoursException("Aucun extrait dans le workspace " + w.dir())).id();
    List<Object[]> rows = new ArrayList<>();
    String sql = """
        SELECT cjm = 'OUI', rsa_before_25 = 'OUI', months_in_care_before_18, place_changes_before_18, sex = 'F', mna, territory, majority_year
        FROM person_indicators
        WHERE extract_id = ? AND placed_at_17_5 AND minority_observed AND cjm IN ('OUI', 'NON') AND rsa_before_25 IN ('OUI', 'NON')
        ORDER BY person_id""";
    try (PreparedStatement ps = w.connection().prepareStatement(sql)) {
      ps.setString(1, extract);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(new Object[] {rs.getBoolean(1), rs.getBoolean(2), rs.getDouble(3), rs.getInt(4), rs.getBoolean(5), rs.getBoolean(6),
              rs.getString(7), period(rs.getInt(8))});
        }
      }
    } catch (SQLException e) {
      throw new ParcoursException("Indicateurs de trajectoire absents du workspace " + w.dir() + " : lancez d'abord parcours trajectories. (" + e.getMessage() + ")", e);
    }
    if (rows.size() < 50) {
      throw new ParcoursException("Trop peu de jeunes observables (" + rows.size() + ") pour estimer l'effet du CJM : il en faut au moins 50.");
    }
    List<String> territories = levels(rows, 6);
    List<String> periods = levels(rows, 7);
    List<String> names = new ArrayList<>(List.of("mois de prise en charge avant 18 ans", "changements de lieu avant 18 ans", "fille", "MNA"));
    for (String t : territories.subList(1, territories.size())) names.add("territoire " + t);
    for (String p : periods.subList(1, periods.size())) names.add("majorité " + p);
    int n = rows.size();
    int[] treatment = new int[n];
    double[] outcome = new double[n];
    double[][] x = new double[n][names.size()];
    for (int i = 0; i < n; i++) {
      Object[] r = rows.get(i);
      treatment[i] = (Boolean) r[0] ? 1 : 0;
      outcome[i] = (Boolean) r[1] ? 1 : 0;
      x[i][0] = (Double) r[2];
      x[i][1] = (Integer) r[3];
      x[i][2] = (Boolean) r[4] ? 1 : 0;
      x[i][3] = (Boolean) r[5] ? 1 : 0;
      int k = 4;
      for (String t : territories.subList(1, territories.size())) x[i][k++] = t.equals(r[6]) ? 1 : 0;
      for (String p : periods.subList(1, periods.size())) x[i][k++] = p.equals(r[7]) ? 1 : 0;
    }
    IpwResult r = Ipw.estimate(treatment, outcome, x, names, settings);
    long treated = 0;
    for (int t : treatment) treated += t;
    var ci = r.bootstrap().orElseThrow(() -> new IllegalStateException("intervalle bootstrap absent"));
    return new CjmEffect(n, treated, n - treated, r.meanTreated(), r.meanControl(), r.estimate(), ci.lower(), ci.upper(), ci.level(),
        ci.used(), r.naiveDifference(), names, r.balance());
  }

  /** Levels of column c, most frequent first (the reference level), then in sorted order. */
  private static List<String> levels(List<Object[]> rows, int c) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Object[] r : rows) counts.merge((String) r[c], 1, Integer::sum);
    String reference = counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .orElseThrow().getKey();
    List<String> out = new ArrayList<>();
    out.add(reference);
    for (String l : new TreeSet<>(counts.keySet())) if (!l.equals(reference)) out.add(l);
    return out;
  }
}
