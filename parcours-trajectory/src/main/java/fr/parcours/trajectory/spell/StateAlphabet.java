package fr.parcours.trajectory.spell;

import fr.parcours.model.Nomenclature;
import fr.parcours.model.Nomenclatures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state alphabet of trajectories, read from {@code nomenclatures/etats.csv}: codes in file
 * order (a state's index is its position), French labels, colours and the {@code priorite} that
 * decides which state a day gets when several records cover it. The states that play a role in
 * the rules (not known yet, IP, at home, CJM, left care) are named here once and checked against
 * the data file when the class loads; their order and priorities are never literals.
 */
public final class StateAlphabet {
  /** The alphabet of the project's data files. */
  public static final StateAlphabet DEFAULT = new StateAlphabet(Nomenclatures.STATES);

  private final List<String> codes;
  private final List<String> labels;
  private final List<String> colours;
  private final int[] priority;
  private final Map<String, Integer> index = new HashMap<>();
  final int notKnown;
  final int report;
  final int homeAdministrative;
  final int homeJudicial;
  final int youngAdult;
  final int leftCare;
  /** Lowest-priority state of a place type: a placement measure whose place is unknown. */
  final int placementFallback;

  private StateAlphabet(Nomenclature states) {
    codes = states.codes();
    labels = new ArrayList<>();
    colours = new ArrayList<>();
    priority = new int[codes.size()];
    for (int i = 0; i < codes.size(); i++) {
      Nomenclature.Entry e = states.get(codes.get(i));
      labels.add(e.label());
      colours.add(e.attributes().getOrDefault("couleur", ""));
      priority[i] = Integer.parseInt(e.attribute("priorite").trim());
      index.put(codes.get(i), i);
    }
    notKnown = require("NC");
    report = require("IP");
    homeAdministrative = require("DOM_ADM");
    homeJudicial = require("DOM_JUD");
    youngAdult = require("CJM");
    leftCare = require("SORTI");
    int fallback = -1;
    for (Nomenclature.Entry place : Nomenclatures.PLACE_TYPES.entries()) {
      int s = require(place.attribute("etat"));
      if (fallback < 0 || priority[s] < priority[fallback]) fallback = s;
    }
    placementFallback = fallback;
  }

  private int require(String code) {
    Integer i = index.get(code);
    if (i == null) throw new IllegalStateException("état absent de etats.csv : " + code);
    return i;
  }

  /** Number of states. */
  public int size() {
    return codes.size();
  }

  /** Index of a state code, or -1 when unknown. */
  public int indexOf(String code) {
    Integer i = index.get(code);
    return i == null ? -1 : i;
  }

  public String code(int i) {
    return codes.get(i);
  }

  public String label(int i) {
    return labels.get(i);
  }

  public String colour(int i) {
    return colours.get(i);
  }

  public int priority(int i) {
    return priority[i];
  }

  /** Codes in file order. */
  public List<String> codes() {
    return List.copyOf(codes);
  }

  /** State of a place type (column {@code etat} of {@code types_lieu.csv}). */
  int placeState(String placeType) {
    return Nomenclatures.PLACE_TYPES.find(placeType).map(e -> require(e.attribute("etat"))).orElse(placementFallback);
  }

  /** True for states that come from a measure or a place (care), false for NC, IP and SORTI. */
  public boolean isCare(int state) {
    return state != notKnown && state != report && state != leftCare;
  }

  /** True for the states of a place (placement). */
  public boolean isPlacement(int state) {
    return isCare(state) && state != homeAdministrative && state != homeJudicial && state != youngAdult;
  }

  /** The state that wins among {@code a} and {@code b}: higher priority, then earlier in the file. */
  int winner(int a, int b) {
    if (a < 0) return b;
    if (b < 0) return a;
    if (priority[a] != priority[b]) return priority[a] > priority[b] ? a : b;
    return Math.min(a, b);
  }

  public int notKnownState() {
    return notKnown;
  }

  public int leftCareState() {
    return leftCare;
  }

  public int youngAdultState() {
    return youngAdult;
  }
}
