package fr.parcours.engine.trajectory;

import fr.parcours.engine.workspace.Workspace;
import fr.parcours.model.ParcoursException;
import fr.parcours.trajectory.sequence.Axis;
import fr.parcours.trajectory.sequence.MonthlySequence;
import fr.parcours.trajectory.spell.StateAlphabet;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain-data views of stored trajectories for reports (the demo's HTML page): the state
 * distribution by age (chronogram) and the most frequent sequences. Population of both: persons
 * who had at least one measure. Counts under the threshold are never returned as such.
 */
public final class TrajectoryViews {
  private TrajectoryViews() {}

  /**
   * Chronogram: {@code counts[k][s]} persons in state s in age month k (monthly rule of
   * {@code docs/trajectoires.md}), among persons observed that month; {@code observed[k]} their number.
   * A count under the threshold is returned as 0 and flagged in {@code hidden[k][s]}.
   */
  public record StateDistribution(List<String> states, List<String> labels, List<String> colours, long[][] counts,
      boolean[][] hidden, long[] observed) {}

  /** A sequence of distinct successive states on the age axis (e.g. {@code NC-IP-DOM_ADM-SORTI}) and its count. */
  public record FrequentSequence(String sequence, String labels, long count, double share) {}

  public static StateDistribution stateDistributionByAge(Workspace w, int threshold) {
    StateAlphabet a = StateAlphabet.DEFAULT;
    long[][] counts = new long[Axis.AGE_MONTHS][a.size()];
    long[] observed = new long[Axis.AGE_MONTHS];
    scanAgeSequences(w, s -> {
      for (int k = 0; k < s.length && k < Axis.AGE_MONTHS; k++) {
        if (s[k] == MonthlySequence.MISSING) continue;
        counts[k][s[k]]++;
        observed[k]++;
      }
    }, false);
    boolean[][] hidden = new boolean[Axis.AGE_MONTHS][a.size()];
    for (int k = 0; k < counts.length; k++) {
      for (int s = 0; s < a.size(); s++) {
        if (counts[k][s] > 0 && counts[k][s] < threshold) {
          hidden[k][s] = true;
          counts[k][s] = 0;
        }
      }
    }
    List<String> labels = new ArrayList<>();
    List<String> colours = new ArrayList<>();
    for (int s = 0; s < a.size(); s++) {
      labels.add(a.label(s));
      colours.add(a.colour(s));
    }
    return new StateDistribution(a.codes(), labels, colours, counts, hidden, observed);
  }

  /**
   * The {@code n} most frequent sequences of distinct successive states from birth to 21, among
   * persons observed over the whole age axis; sequences seen fewer than {@code threshold} times are
   * never listed.
   */
  public static List<FrequentSequence> topSequences(Workspace w, int n, int threshold) {
    StateAlphabet a = StateAlphabet.DEFAULT;
    Map<String, long[]> counts = new HashMap<>();
    long[] total = new long[1];
    scanAgeSequences(w, s -> {
      StringBuilder sb = new StringBuilder();
      int prev = Integer.MIN_VALUE;
      for (byte b : s) {
        if (b == prev) continue;
        if (sb.length() > 0) sb.append('-');
        sb.append(a.code(b));
        prev = b;
      }
      counts.computeIfAbsent(sb.toString(), k -> new long[1])[0]++;
      total[0]++;
    }, true);
    return counts.entrySet().stream().filter(e -> e.getValue()[0] >= threshold)
        .sorted((x, y) -> x.getValue()[0] != y.getValue()[0] ? Long.compare(y.getValue()[0], x.getValue()[0]) : x.getKey().compareTo(y.getKey()))
        .limit(n)
        .map(e -> new FrequentSequence(e.getKey(), labels(e.getKey(), a), e.getValue()[0], e.getValue()[0] / (double) total[0]))
        .toList();
  }

  private static String labels(String seq, StateAlphabet a) {
    List<String> out = new ArrayList<>();
    for (String c : seq.split("-")) out.add(a.label(a.indexOf(c)));
    return String.join(" → ", out);
  }

  private static void scanAgeSequences(Workspace w, java.util.function.Consumer<byte[]> f, boolean completeOnly) {
    var ref = w.latestExtract().orElseThrow(() -> new ParcoursException("Le workspace " + w.dir() + " ne contient aucun extrait."));
    if (!TrajectoryBuild.built(w)) {
      throw new ParcoursException("Les trajectoires ne sont pas construites : lancez parcours trajectories --workspace " + w.dir());
    }
    String sql = "SELECT s.sps FROM sequences_monthly s JOIN person_indicators p ON p.extract_id = s.extract_id AND p.person_id = s.person_id"
        + " WHERE s.extract_id = ? AND s.axis = ? AND p.entry_year IS NOT NULL" + (completeOnly ? " AND s.complete" : "");
    try (PreparedStatement ps = w.connection().prepareStatement(sql)) {
      ps.setString(1, ref.id());
      ps.setString(2, Axis.AGE.code());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) f.accept(MonthlySequence.parseSps(rs.getString(1), StateAlphabet.DEFAULT));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("lecture des séquences impossible : " + e.getMessage(), e);
    }
  }
}
