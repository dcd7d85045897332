package fr.parcours.app.web.report;

import fr.parcours.model.ParcoursException;
import fr.parcours.trajectory.cohort.CohortAxis;
import fr.parcours.trajectory.cohort.CohortSpec;
import java.util.Map;
import java.util.function.Function;

/**
 * The filters of the Cohortes page, parsed against whitelists: cohort axis, crossing, indicator
 * (a table name of the cohort report), period. Nothing the user types reaches SQL.
 *
 * @param cross {@code aucun}, {@code territoire}, {@code sexe} or {@code mna}
 */
public record CohortQuery(CohortAxis axis, String cross, String indicator, int from, int to) {
  private static final java.util.List<String> CROSSES = java.util.List.of("aucun", "territoire", "sexe", "mna");
  public static final CohortQuery DEFAULT = new CohortQuery(CohortAxis.MAJORITY_YEAR, "aucun", "", 1990, 2100);

  public CohortQuery {
    if (!CROSSES.contains(cross)) throw new ParcoursException("Croisement « " + cross + " » inconnu : aucun, territoire, sexe ou mna.");
    if (from < 1900 || to > 2100 || from > to) throw new ParcoursException("Période invalide : de " + from + " à " + to + ".");
    if (!indicator.isEmpty() && !indicator.matches("[a-z0-9_]{1,60}")) throw new ParcoursException("Indicateur invalide.");
  }

  /** Parses request parameters ({@code axe}, {@code croisement}, {@code indicateur}, {@code de}, {@code a}); absent ones take defaults. */
  public static CohortQuery parse(Function<String, String> param) {
    String axe = param.apply("axe");
    CohortAxis axis = axe == null || axe.isBlank() ? DEFAULT.axis : CohortAxis.parse(axe);
    String cross = orElse(param.apply("croisement"), DEFAULT.cross);
    String ind = orElse(param.apply("indicateur"), "");
    return new CohortQuery(axis, cross, ind, year(param.apply("de"), DEFAULT.from), year(param.apply("a"), DEFAULT.to));
  }

  private static String orElse(String v, String d) {
    return v == null || v.isBlank() ? d : v.trim();
  }

  private static int year(String v, int d) {
    if (v == null || v.isBlank()) return d;
    if (!v.trim().matches("\\d{4}")) throw new ParcoursException("Année « " + v + " » invalide : quatre chiffres attendus.");
    return Integer.parseInt(v.trim());
  }

  public CohortSpec spec() {
    return new CohortSpec(axis, cross.equals("territoire"), cross.equals("sexe"), cross.equals("mna"));
  }

  /** The cache key of the raw tables (axis and crossing only). */
  String tablesKey() {
    return axis.option() + "|" + cross;
  }

  /** Query-string form, for links and downloads. */
  public Map<String, String> params() {
    return Map.of("axe", axis.option(), "croisement", cross, "indicateur", indicator, "de", Integer.toString(from), "a", Integer.toString(to));
  }

  public String queryString() {
    return "axe=" + axis.option() + "&croisement=" + cross + "&indicateur=" + indicator + "&de=" + from + "&a=" + to;
  }
}
