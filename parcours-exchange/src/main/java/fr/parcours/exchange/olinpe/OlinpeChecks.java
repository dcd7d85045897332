package fr.parcours.exchange.olinpe;

import fr.parcours.exchange.olinpe.OlinpeCheck.Grade;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Runs the catalogue of {@link OlinpeCheck}s on a file read by {@link OlinpeFile#read}, never by name: by position and NUMANONYM. */
public final class OlinpeChecks {
  /** Days a measure may exceed its legal duration before C08 flags it. */
  public static final int DURATION_TOLERANCE_DAYS = 31;
  private static final Pattern ID = Pattern.compile("[0-9a-fA-F]{40}");
  private static final Set<String> JUDICIAL_PLACEMENTS = Set.of("3", "4", "5", "6", "7");
  private static final Map<String, Integer> MAX_DAYS = loadDurations();

  private OlinpeChecks() {}

  /** A failing record (position 0: the file as a whole). */
  public record Failure(OlinpeCheck check, int position, int line, String numanonym, String detail) {}

  /** The result of one check. */
  public record Outcome(OlinpeCheck check, Grade status, List<Failure> failures) {}

  /** The result of all checks on one file. */
  public record Report(OlinpeFile file, int year, int records, List<Outcome> outcomes) {
    public long count(Grade g) {
      return outcomes.stream().filter(o -> o.status() == g).count();
    }
  }

  public static Report run(OlinpeFile file, List<OlinpeFile> previous) {
    Map<OlinpeCheck, List<Failure>> f = new EnumMap<>(OlinpeCheck.class);
    for (OlinpeCheck c : OlinpeCheck.values()) f.put(c, new ArrayList<>());
    int year = year(file);
    xsd(file, f.get(OlinpeCheck.C01));
    Set<Integer> covered = new HashSet<>();
    covered.add(year);
    for (OlinpeFile p : previous) covered.add(year(p));
    Set<String> starts = new HashSet<>();
    Map<String, Set<String>> identities = new HashMap<>();
    for (OlinpeFile p : previous) for (OlinpeFile.Entry e : p.entries()) collect(e.record(), starts, identities);
    for (OlinpeFile.Entry e : file.entries()) collect(e.record(), starts, identities);
    Map<String, Integer> seen = new HashMap<>();
    LocalDate exported = date(file.intro().get("DATEXPORT"));
    for (OlinpeFile.Entry e : file.entries()) {
      OlinpeRecord r = e.record();
      String typev = r.get("TYPEV");
      String decision = r.get("DECISION");
      String id = r.get("NUMANONYM");
      if (id == null || !ID.matcher(id).matches()) fail(f, OlinpeCheck.C12, e, "NUMANONYM " + (id == null ? "absent" : "mal formé (" + id.length() + " caractères)"));
      if (typev == null || !Set.of("1", "2", "3").contains(typev)) fail(f, OlinpeCheck.C12, e, "TYPEV " + (typev == null ? "absent" : "invalide : " + typev));
      if (decision == null || decision.equals("9")) fail(f, OlinpeCheck.C02, e, "DECISION " + (decision == null ? "absente" : "inconnue (9)"));
      if ("3".equals(typev) && !r.has("MOTFININT")) fail(f, OlinpeCheck.C03, e, "fin sans MOTFININT");
      if ("1".equals(decision) && !r.has("NATPDECADM")) fail(f, OlinpeCheck.C04, e, "décision administrative sans NATPDECADM");
      if ("2".equals(decision) && JUDICIAL_PLACEMENTS.contains(r.get("NATDECASSED")) && (!r.has("LIEUPLAC") || "99".equals(r.get("LIEUPLAC")))) {
        fail(f, OlinpeCheck.C05, e, "placement judiciaire (NATDECASSED " + r.get("NATDECASSED") + ") sans LIEUPLAC connu");
      }
      LocalDate start = date(r.get("DATDECPE"));
      if ("3".equals(typev) && start != null) {
        if (!covered.contains(start.getYear())) {
          fail(f, OlinpeCheck.C07, e, "début le " + start + ", année " + start.getYear() + " non couverte par les fichiers fournis");
        } else if (!starts.contains(startKey(id, r)) && !(r.has("NUMANONYMANT") && starts.contains(startKey(r.get("NUMANONYMANT"), r)))) {
          fail(f, OlinpeCheck.C06, e, "aucun début ni renouvellement du " + start + " de même nature pour cet identifiant");
        }
      }
      LocalDate end = date(r.get("DATFININT")) != null ? date(r.get("DATFININT")) : date(r.get("DATFINACC"));
      if ("3".equals(typev) && start != null && end != null) {
        Integer max = maxDays(r);
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        if (max != null && days > max + DURATION_TOLERANCE_DAYS) fail(f, OlinpeCheck.C08, e, days + " jours pour une durée légale de " + max + " jours");
      }
      String dup = String.join("|", id, typev, r.get("NATPDECADM"), r.get("DATDECPE"), r.get("LIEUACC"), r.get("TYPINTERDOM"));
      Integer first = seen.putIfAbsent(dup, e.position());
      if (first != null) fail(f, OlinpeCheck.C09, e, "doublon de la DONNEE n° " + first);
      Set<String> ids = id == null ? null : identities.get(id);
      if (ids != null && ids.size() > 1) fail(f, OlinpeCheck.C10, e, "SEXE/MNAIS/ANAIS différents pour ce NUMANONYM : " + String.join(", ", new java.util.TreeSet<>(ids)));
      LocalDate event = "3".equals(typev) ? end : start;
      if (event != null && event.getYear() != year) fail(f, OlinpeCheck.C11, e, "date de l'évènement " + event + " hors de l'année " + year);
      if (exported != null) {
        for (Map.Entry<String, String> v : r.values().entrySet()) {
          LocalDate d = date(v.getValue());
          if (d != null && d.isAfter(exported) && OlinpeCatalogue.variable(v.getKey()).map(OlinpeCatalogue.Variable::isDate).orElse(false)) {
            fail(f, OlinpeCheck.C11, e, v.getKey() + " " + d + " postérieure à la date d'export " + exported);
          }
        }
      }
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (OlinpeCheck c : OlinpeCheck.values()) {
      List<Failure> l = f.get(c);
      outcomes.add(new Outcome(c, l.isEmpty() ? Grade.VERT : c.grade(), List.copyOf(l)));
    }
    return new Report(file, year, file.entries().size(), outcomes);
  }

  private static void xsd(OlinpeFile file, List<Failure> out) {
    List<OlinpeFile.Problem> problems = new ArrayList<>(file.problems());
    if (file.format().equals("xml")) {
      problems.addAll(OlinpeSchema.validate(file.file()));
    } else {
      for (OlinpeFile.Problem p : OlinpeSchema.validateRecords(file.entries().stream().map(OlinpeFile.Entry::record).toList())) {
        int pos = p.line() - 2;
        OlinpeFile.Entry e = pos >= 1 && pos <= file.entries().size() ? file.entries().get(pos - 1) : null;
        out.add(new Failure(OlinpeCheck.C01, e == null ? 0 : e.position(), e == null ? 0 : e.line(), e == null ? null : e.record().get("NUMANONYM"), p.message()));
      }
    }
    Set<String> dedup = new HashSet<>();
    for (OlinpeFile.Problem p : problems) {
      OlinpeFile.Entry e = file.format().equals("xml") ? file.entryAtLine(p.line()) : null;
      if (!dedup.add(p.line() + ":" + p.column() + ":" + p.message())) continue;
      String where = p.line() > 0 ? " (ligne " + p.line() + ", colonne " + p.column() + ")" : "";
      out.add(new Failure(OlinpeCheck.C01, e == null ? 0 : e.position(), p.line(), e == null ? null : e.record().get("NUMANONYM"), p.message() + where));
    }
  }

  private static void collect(OlinpeRecord r, Set<String> starts, Map<String, Set<String>> identities) {
    String id = r.get("NUMANONYM");
    if (id == null) return;
    String t = r.get("TYPEV");
    if ("1".equals(t) || "2".equals(t)) starts.add(startKey(id, r));
    identities.computeIfAbsent(id, k -> new HashSet<>()).add("SEXE " + r.get("SEXE") + " MNAIS " + r.get("MNAIS") + " ANAIS " + r.get("ANAIS"));
  }

  private static String startKey(String id, OlinpeRecord r) {
    return String.join("|", id, r.get("DATDECPE"), r.get("DECISION"), r.get("NATPDECADM"), r.get("NATDECASSED"));
  }

  private static Integer maxDays(OlinpeRecord r) {
    if ("1".equals(r.get("DECISION")) && r.has("NATPDECADM")) return MAX_DAYS.get("NATPDECADM=" + r.get("NATPDECADM"));
    if ("2".equals(r.get("DECISION")) && r.has("NATDECASSED")) return MAX_DAYS.get("NATDECASSED=" + r.get("NATDECASSED"));
    return null;
  }

  private static void fail(Map<OlinpeCheck, List<Failure>> f, OlinpeCheck c, OlinpeFile.Entry e, String detail) {
    f.get(c).add(new Failure(c, e.position(), e.line(), e.record().get("NUMANONYM"), detail));
  }

  /** The year of a file: INTRO/ANNEE, else the most frequent year of its event dates, else DATEXPORT's year − 1. */
  public static int year(OlinpeFile file) {
    String a = file.intro().get("ANNEE");
    if (a != null && a.matches("[0-9]{4}")) return Integer.parseInt(a);
    Map<Integer, Integer> counts = new TreeMap<>();
    for (OlinpeFile.Entry e : file.entries()) {
      OlinpeRecord r = e.record();
      LocalDate d = "3".equals(r.get("TYPEV")) ? (date(r.get("DATFININT")) != null ? date(r.get("DATFININT")) : date(r.get("DATFINACC"))) : date(r.get("DATDECPE"));
      if (d != null) counts.merge(d.getYear(), 1, Integer::sum);
    }
    if (!counts.isEmpty()) return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    LocalDate x = date(file.intro().get("DATEXPORT"));
    return x == null ? LocalDate.now().getYear() - 1 : x.getYear() - 1;
  }

  static LocalDate date(String s) {
    if (s == null || s.length() != 10) return null;
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Map<String, Integer> loadDurations() {
    Map<String, Integer> m = new LinkedHashMap<>();
    try (var in = OlinpeChecks.class.getResourceAsStream("durees.csv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.readLine();
      for (String line; (line = r.readLine()) != null; ) {
        String[] c = line.split(";", -1);
        if (c.length >= 4) m.put(c[0] + "=" + c[1], Integer.parseInt(c[3]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(m);
  }
}
