package fr.parcours.ingest.synthetic;

import fr.parcours.model.Nomenclatures;
import fr.parcours.model.ParcoursException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulation's calibration tables, read once from the data files of this package: yearly
 * entries and MNA share ({@code entrees-par-annee.csv}), territory effects
 * ({@code territoires-simulation.csv}) and places of care by age ({@code lieux-simulation.csv}).
 * Keeping them as data lets a reader see every planted number without reading code.
 */
final class SimulationData {

  /** Planted effects of one territory. */
  record Territory(String code, double populationWeight, double ipMultiplier, double placementMultiplier,
      double cjmLogit, double rsaLogit) {}

  /** Entries of one calendar year. */
  record Year(int year, double entryWeight, double mnaShare) {}

  /** Place-of-care columns of lieux-simulation.csv, in file order. */
  static final List<String> PLACE_COLUMNS =
      List.of("age_0_2", "age_3_5", "age_6_10", "age_11_13", "age_14_15", "age_16_17", "mna", "cjm", "urgence");

  static final SimulationData INSTANCE = new SimulationData();

  final List<Territory> territories = new ArrayList<>();
  final Map<Integer, Year> years = new HashMap<>();
  final int firstYear;
  final int lastYear;
  /** Mean stay in a place type, in days. */
  final Map<String, Double> meanStayDays = new HashMap<>();
  /** Place choice per column of {@link #PLACE_COLUMNS}. */
  final Map<String, WeightedChoice<String>> placeChoice = new HashMap<>();

  private SimulationData() {
    for (String[] r : Resources.body("territoires-simulation.csv")) {
      double weight = Double.parseDouble(Nomenclatures.TERRITORIES.get(r[0]).attribute("poids_population"));
      territories.add(new Territory(r[0], weight, Double.parseDouble(r[1]), Double.parseDouble(r[2]),
          Double.parseDouble(r[3]), Double.parseDouble(r[4])));
    }
    if (territories.size() != Nomenclatures.TERRITORIES.codes().size()) {
      throw new ParcoursException("territoires-simulation.csv doit couvrir chaque code de territoires.csv");
    }
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (String[] r : Resources.body("entrees-par-annee.csv")) {
      int y = Integer.parseInt(r[0]);
      years.put(y, new Year(y, Double.parseDouble(r[1]), Double.parseDouble(r[2])));
      min = Math.min(min, y);
      max = Math.max(max, y);
    }
    firstYear = min;
    lastYear = max;
    List<String[]> places = Resources.rows("lieux-simulation.csv");
    List<String> header = List.of(places.get(0));
    List<String> codes = new ArrayList<>();
    for (String[] r : places.subList(1, places.size())) {
      Nomenclatures.PLACE_TYPES.get(r[0]);
      codes.add(r[0]);
      meanStayDays.put(r[0], Double.parseDouble(r[1]) * 30.4375);
    }
    for (String column : PLACE_COLUMNS) {
      int c = header.indexOf(column);
      double[] w = new double[codes.size()];
      for (int i = 0; i < codes.size(); i++) w[i] = Double.parseDouble(places.get(i + 1)[c]);
      placeChoice.put(column, new WeightedChoice<>(codes, w));
    }
  }

  /** Entries of a year; years past the table repeat its last year. */
  Year year(int y) {
    return years.get(Math.max(firstYear, Math.min(lastYear, y)));
  }

  Territory territory(String code) {
    for (Territory t : territories) if (t.code().equals(code)) return t;
    throw new IllegalArgumentException(code);
  }

  /** Column of lieux-simulation.csv for an age in whole years. */
  static String ageColumn(int age) {
    if (age <= 2) return "age_0_2";
    if (age <= 5) return "age_3_5";
    if (age <= 10) return "age_6_10";
    if (age <= 13) return "age_11_13";
    if (age <= 15) return "age_14_15";
    return "age_16_17";
  }
}
