package fr.parcours.engine.analysis;

import fr.parcours.engine.workspace.Workspace;
import fr.parcours.model.ParcoursException;
import fr.parcours.stats.survival.ConfType;
import fr.parcours.stats.survival.KaplanMeier;
import fr.parcours.stats.survival.SurvCurve;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * How long contrats jeune majeur last, by period of the 18th birthday: Kaplan–Meier with
 * Greenwood variance and log-transformed 95 % intervals (R: {@code survfit(Surv(duree, fin) ~
 * periode, conf.type = "log")}), a CJM still running at the extract date being censored. A period
 * with fewer persons than the small-cell threshold is not published. A CJM that would run past
 * the 21st birthday (in practice, one whose end date is missing in the source — flagged
 * FIN_MANQUANTE_PROBABLE at ingestion) is left out: counting it as still running for years would
 * draw a false tail on the curve.
 */
public final class CjmDurations {
  /** A CJM ends at the latest the day before 21: age 252 months, plus a month of rounding. */
  public static final int LAST_LEGAL_MONTH = 253;

  private CjmDurations() {}

  public static List<SurvCurve> byPeriod(Workspace w, int threshold) {
    String extract = w.latestExtract().orElseThrow(() -> new ParcoursException("Aucun extrait dans le workspace " + w.dir())).id();
    List<Double> time = new ArrayList<>();
    List<Integer> status = new ArrayList<>();
    List<String> group = new ArrayList<>();
    try (PreparedStatement ps = w.connection().prepareStatement("""
        SELECT cjm_duration_months, cjm_ongoing, majority_year FROM person_indicators
        WHERE extract_id = ? AND cjm = 'OUI' AND cjm_duration_months IS NOT NULL
          AND cjm_start_age_months + cjm_duration_months <= """ + LAST_LEGAL_MONTH + " ORDER BY person_id")) {
      ps.setString(1, extract);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          time.add(rs.getDouble(1));
          status.add(rs.getBoolean(2) ? 0 : 1);
          group.add(CjmEffectAnalysis.period(rs.getInt(3)));
        }
      }
    } catch (SQLException e) {
      throw new ParcoursException("Indicateurs de trajectoire absents du workspace " + w.dir() + " : lancez d'abord parcours trajectories. (" + e.getMessage() + ")", e);
    }
    if (time.isEmpty()) return List.of();
    double[] t = time.stream().mapToDouble(Double::doubleValue).toArray();
    int[] s = status.stream().mapToInt(Integer::intValue).toArray();
    List<SurvCurve> out = new ArrayList<>();
    for (SurvCurve c : KaplanMeier.fitByGroup(t, s, null, group.toArray(new String[0]), ConfType.LOG, 0.95)) {
      if (c.records() >= threshold) out.add(c);
    }
    return out;
  }

  /** S(t) at {@code months}: the last step at or before it (1 before the first event). */
  public static double survivalAt(SurvCurve c, double months) {
    double s = 1;
    for (int i = 0; i < c.time().length && c.time()[i] <= months; i++) s = c.surv()[i];
    return s;
  }

  /** Number still at risk (CJM running and observed) just after {@code months}. */
  public static double atRiskAfter(SurvCurve c, double months) {
    for (int i = 0; i < c.time().length; i++) if (c.time()[i] > months) return c.nRisk()[i];
    return 0;
  }
}
