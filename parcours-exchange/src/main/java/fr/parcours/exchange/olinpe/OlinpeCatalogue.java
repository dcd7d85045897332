package fr.parcours.exchange.olinpe;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The OLINPE variables and code lists of Parcours, read from data files in this package
 * ({@code variables.csv}, {@code codes/*.csv}). They are <b>ours</b>: the official schema and code
 * lists of Annexe 2-8 are not public in full, so the codes here are documented in
 * {@code docs/olinpe.md} and mapped from the canonical codes of {@code parcours-model}.
 */
public final class OlinpeCatalogue {
  /** Version written in {@code INTRO/VERSIONXSD}; the version of {@code olinpe.xsd}. */
  public static final String XSD_VERSION = "parcours-1.0";

  /**
   * One variable.
   *
   * @param type dep, id, code, date (aaaa-mm-jj), mois (aaaa-mm), mois_num (01-12), annee, nombre
   * @param list name of its code list, or empty
   * @param unknown the code written when the value is unknown, or empty (a date: element absent)
   * @param filled whether the canonical model can fill it ({@code false}: always its unknown code)
   * @param source the canonical field that feeds it, or why none does (French)
   */
  public record Variable(String name, String group, String type, String list, String unknown, boolean filled, String source) {
    public boolean isDate() {
      return type.equals("date");
    }
  }

  /** One code of a list, with the canonical code it is mapped from (empty when none). */
  public record Code(String code, String label, String canonical) {}

  private static final List<Variable> VARIABLES;
  private static final Map<String, Variable> BY_NAME = new LinkedHashMap<>();
  private static final Map<String, List<Code>> LISTS = new LinkedHashMap<>();

  static {
    List<Variable> vs = new ArrayList<>();
    for (String[] r : read("variables.csv")) {
      Variable v = new Variable(r[0], r[1], r[2], r[3], r[4], r[5].equals("O"), r[6]);
      vs.add(v);
      BY_NAME.put(v.name(), v);
      if (!v.list().isEmpty() && !LISTS.containsKey(v.list())) {
        List<Code> codes = new ArrayList<>();
        for (String[] c : read("codes/" + v.list() + ".csv")) codes.add(new Code(c[0], c[1], c.length > 2 ? c[2] : ""));
        LISTS.put(v.list(), List.copyOf(codes));
      }
    }
    VARIABLES = List.copyOf(vs);
  }

  private OlinpeCatalogue() {}

  public static List<Variable> variables() {
    return VARIABLES;
  }

  public static Optional<Variable> variable(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  public static Map<String, List<Code>> lists() {
    return Collections.unmodifiableMap(LISTS);
  }

  /** The code of {@code list} mapped from canonical code {@code canonical}; the list's unknown code when none maps. */
  public static String code(String list, String canonical) {
    List<Code> codes = LISTS.get(list);
    if (codes == null) throw new IllegalArgumentException("unknown code list " + list);
    if (canonical != null) {
      for (Code c : codes) if (c.canonical().equals(canonical)) return c.code();
    }
    return unknownOf(list);
  }

  /** Whether {@code canonical} maps to a code of {@code list}. */
  public static boolean maps(String list, String canonical) {
    if (canonical == null) return false;
    for (Code c : LISTS.get(list)) if (c.canonical().equals(canonical)) return true;
    return false;
  }

  /** The unknown code of a list: its last code ("9", "99"). */
  static String unknownOf(String list) {
    List<Code> codes = LISTS.get(list);
    return codes.get(codes.size() - 1).code();
  }

  private static List<String[]> read(String resource) {
    try (InputStream in = OlinpeCatalogue.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing resource " + resource);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String[]> rows = new ArrayList<>();
      r.readLine();
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank()) rows.add(line.split(";", -1));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
