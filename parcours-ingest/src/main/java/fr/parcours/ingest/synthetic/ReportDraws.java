package fr.parcours.ingest.synthetic;

import fr.parcours.model.Nomenclatures;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Origin and danger types of an IP, drawn from origines-simulation.csv and dangers-simulation.csv. */
final class ReportDraws {
  private ReportDraws() {}

  private static final WeightedChoice<String> ORIGINS = choice("origines-simulation.csv", 1);
  private static final WeightedChoice<String> ORIGINS_MNA = choice("origines-simulation.csv", 2);
  private static final WeightedChoice<String> DANGERS = choice("dangers-simulation.csv", 1);
  private static final String DANGER_MNA = Nomenclatures.DANGERS.get("EDUC").code();

  static String origin(boolean mna, SplittableRandom rng) {
    return (mna ? ORIGINS_MNA : ORIGINS).draw(rng);
  }

  static List<String> dangers(boolean mna, SplittableRandom rng) {
    if (mna) return List.of(DANGER_MNA);
    String first = DANGERS.draw(rng);
    if (!Draws.chance(rng, 0.35)) return List.of(first);
    String second = DANGERS.draw(rng);
    if (second.equals(first)) return List.of(first);
    List<String> both = new ArrayList<>(2);
    both.add(first);
    both.add(second);
    return both;
  }

  private static WeightedChoice<String> choice(String file, int column) {
    List<String> codes = new ArrayList<>();
    List<String[]> rows = Resources.body(file);
    double[] w = new double[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      codes.add(rows.get(i)[0]);
      w[i] = Double.parseDouble(rows.get(i)[column]);
    }
    for (String c : codes) {
      if (file.startsWith("origines")) Nomenclatures.REPORT_ORIGINS.get(c);
      else Nomenclatures.DANGERS.get(c);
    }
    return new WeightedChoice<>(codes, w);
  }
}
