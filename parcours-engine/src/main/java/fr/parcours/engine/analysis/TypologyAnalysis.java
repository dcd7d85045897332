package fr.parcours.engine.analysis;

import fr.parcours.engine.workspace.Workspace;
import fr.parcours.model.Nomenclatures;
import fr.parcours.model.ParcoursException;
import fr.parcours.stats.cluster.Dendrogram;
import fr.parcours.stats.cluster.Ward;
import fr.parcours.stats.sequence.DistanceMatrix;
import fr.parcours.stats.sequence.DistanceMethod;
import fr.parcours.stats.sequence.DistanceOptions;
import fr.parcours.stats.sequence.SequenceData;
import fr.parcours.stats.sequence.SequenceDistances;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A typology of the trajectories of young people who were placed at 17½, between 16 and 21: OM
 * distances with TRATE substitution costs and indel "auto" (TraMineR's
 * {@code seqdist(method = "OM", sm = "TRATE")}), Ward clustering ({@code hclust(method =
 * "ward.D2")}) cut at k, each type shown by its medoid and its time spent in each state. The
 * distances grow with the square of the population, so a seeded sample is clustered (a CLARA-style
 * assignment of everyone else is left to the statistics CLI).
 */
public final class TypologyAnalysis {
  /** 16 years in months … the last month before 21. */
  public static final int FROM_MONTH = 192;
  public static final int TO_MONTH = 251;

  private TypologyAnalysis() {}

  public static Typology compute(Workspace w, int sample, int k, long seed) {
    String extract = w.latestExtract().orElseThrow(() -> new ParcoursException("Aucun extrait dans le workspace " + w.dir())).id();
    List<String[]> rows = new ArrayList<>();
    long eligible;
    String population = """
        FROM sequences_monthly s JOIN person_indicators i ON i.person_id = s.person_id AND i.extract_id = s.extract_id
        WHERE s.extract_id = ? AND s.axis = 'AGE' AND i.placed_at_17_5 AND i.minority_observed AND s.months > ?""";
    try (PreparedStatement count = w.connection().prepareStatement("SELECT count(*) " + population + " AND NOT contains(s.sps, '*')");
        PreparedStatement ps = w.connection().prepareStatement(
            "SELECT s.sps " + population + " ORDER BY hash(s.person_id || ?) LIMIT ?")) {
      count.setString(1, extract);
      count.setInt(2, TO_MONTH);
      try (ResultSet rs = count.executeQuery()) {
        rs.next();
        eligible = rs.getLong(1);
      }
      ps.setString(1, extract);
      ps.setInt(2, TO_MONTH);
      ps.setString(3, Long.toString(seed));
      // Over-fetch: sequences with an unobserved month inside the window are skipped below.
      ps.setInt(4, sample * 3);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next() && rows.size() < sample) {
          String[] window = Sps.window(rs.getString(1), FROM_MONTH, TO_MONTH);
          if (window != null) rows.add(window);
        }
      }
    } catch (SQLException e) {
      throw new ParcoursException("Séquences absentes du workspace " + w.dir() + " : lancez d'abord parcours trajectories. (" + e.getMessage() + ")", e);
    }
    if (rows.size() < Math.max(2 * k, 20)) {
      throw new ParcoursException("Trop peu de trajectoires observées de 16 à 21 ans (" + rows.size() + ") pour une typologie en " + k + " types.");
    }
    SequenceData data = SequenceData.fromStates(rows, null);
    DistanceMatrix d = SequenceDistances.compute(data, DistanceOptions.of(DistanceMethod.OM));
    int n = rows.size();
    double[] lower = new double[n * (n - 1) / 2];
    int p = 0;
    // R's dist order: column by column of the lower triangle.
    for (int j = 0; j < n; j++) for (int i = j + 1; i < n; i++) lower[p++] = d.get(i, j);
    Dendrogram tree = Ward.cluster(fr.parcours.stats.cluster.DistanceMatrix.ofLowerTriangle(n, lower));
    int[] cluster = tree.cutree(k);
    List<String> alphabet = data.alphabet();
    List<Typology.Cluster> clusters = new ArrayList<>();
    for (int c = 1; c <= k; c++) {
      List<Integer> members = new ArrayList<>();
      for (int i = 0; i < n; i++) if (cluster[i] == c) members.add(i);
      int medoid = members.get(0);
      double best = Double.MAX_VALUE;
      for (int i : members) {
        double sum = 0;
        for (int j : members) sum += d.get(i, j);
        if (sum < best) {
          best = sum;
          medoid = i;
        }
      }
      double[] shares = new double[alphabet.size()];
      for (int i : members) for (String s : rows.get(i)) shares[alphabet.indexOf(s)] += 1.0 / (members.size() * (double) rows.get(i).length);
      clusters.add(new Typology.Cluster(c, label(alphabet, shares), members.size(), members.size() / (double) n, List.of(rows.get(medoid)), shares));
    }
    clusters.sort(Comparator.comparingInt(Typology.Cluster::size).reversed());
    List<Typology.Cluster> numbered = new ArrayList<>();
    for (int i = 0; i < clusters.size(); i++) {
      Typology.Cluster c = clusters.get(i);
      numbered.add(new Typology.Cluster(i + 1, c.label(), c.size(), c.share(), c.medoid(), c.shares()));
    }
    return new Typology(FROM_MONTH, TO_MONTH, n, eligible, alphabet, numbered);
  }

  /** "mostly X, then Y": the two states where the type spends most time, with their French labels. */
  static String label(List<String> alphabet, double[] shares) {
    Integer[] idx = new Integer[shares.length];
    for (int i = 0; i < idx.length; i++) idx[i] = i;
    java.util.Arrays.sort(idx, (a, b) -> Double.compare(shares[b], shares[a]));
    String first = Nomenclatures.STATES.label(alphabet.get(idx[0]));
    if (idx.length < 2 || shares[idx[1]] < 0.15) return first;
    return first + " puis " + Nomenclatures.STATES.label(alphabet.get(idx[1])).toLowerCase(java.util.Locale.FRENCH);
  }
}
