package fr.parcours.exchange.olinpe;

import fr.parcours.model.ConcernReport;
import fr.parcours.model.MdphDecision;
import fr.parcours.model.Measure;
import fr.parcours.model.Nomenclatures;
import fr.parcours.model.Person;
import fr.parcours.model.PersonRecords;
import fr.parcours.model.Placement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OLINPE events of one person in one year, and their records: a pure function of the person's
 * canonical records (no I/O, no key: the identifiers are given).
 *
 * <p><b>Events.</b> A measure <i>begins</i> (TYPEV 1) in year N when it starts in N and does not
 * renew a previous one. It is <i>renewed</i> (TYPEV 2) when it starts in N and renews a previous
 * one: a measure of the same type for the same person that ended 0 to {@value #RENEWAL_TOLERANCE_DAYS}
 * days before it starts (the day after, as judicial renewals are recorded, with a few days' slack
 * for week-ends and late entries; the same day is accepted). It <i>ends</i> (TYPEV 3) when its end
 * date is in N and no measure renews it. A chain OPP → PJ is a begin then another begin (the types
 * differ); PJ → PJ is a begin then a renewal, and only the last PJ has an end.
 *
 * <p><b>IP.</b> An IP led to a measure when its outcome is MESURE_ADM or SIGNALEMENT and the measure
 * is the person's first one starting 0 to {@value #IP_WINDOW_DAYS} days after the outcome date.
 */
public final class OlinpeEvents {
  /** Largest gap in days between the end of a measure and the start of its renewal. */
  public static final int RENEWAL_TOLERANCE_DAYS = 4;
  /** Largest gap in days between an IP's outcome and the measure it led to. */
  public static final int IP_WINDOW_DAYS = 92;

  private OlinpeEvents() {}

  /** TYPEV. */
  public enum Kind {
    BEGIN("1"),
    RENEWAL("2"),
    END("3");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  /** One event: what happens to which measure. */
  public record Event(Kind kind, Measure measure) {}

  /**
   * The identifiers of the person and where they belong.
   *
   * @param previous the identifier sent for this person by the previous export, or null
   */
  public record Identity(String departement, String numanonym, String previous) {}

  /** The events of year {@code year} among {@code measures} (one person's), by start date. */
  public static List<Event> events(List<Measure> measures, int year) {
    List<Measure> ms = sorted(measures);
    List<Event> out = new ArrayList<>();
    for (Measure m : ms) {
      if (m.startDate() == null) continue;
      if (m.startDate().getYear() == year) out.add(new Event(renews(ms, m) ? Kind.RENEWAL : Kind.BEGIN, m));
      if (m.endDate() != null && m.endDate().getYear() == year && !renewed(ms, m)) out.add(new Event(Kind.END, m));
    }
    return out;
  }

  /** Whether {@code b} renews {@code a}. */
  public static boolean isRenewal(Measure a, Measure b) {
    if (a == b || a.endDate() == null || b.startDate() == null || a.measureType() == null) return false;
    if (!a.measureType().equals(b.measureType())) return false;
    long gap = ChronoUnit.DAYS.between(a.endDate(), b.startDate());
    return gap >= 0 && gap <= RENEWAL_TOLERANCE_DAYS;
  }

  private static boolean renews(List<Measure> ms, Measure m) {
    for (Measure p : ms) if (isRenewal(p, m)) return true;
    return false;
  }

  private static boolean renewed(List<Measure> ms, Measure m) {
    for (Measure n : ms) if (isRenewal(m, n)) return true;
    return false;
  }

  /** The records of year {@code year} of one person, in event order. */
  public static List<OlinpeRecord> records(PersonRecords p, int year, Identity id) {
    List<Event> events = events(p.measures(), year);
    if (events.isEmpty()) return List.of();
    Map<Measure, ConcernReport> ips = ipsByMeasure(p);
    List<OlinpeRecord> out = new ArrayList<>(events.size());
    for (Event e : events) out.add(record(p, e, year, id, ips.get(e.measure())));
    return out;
  }

  /** Which IP led to which measure (see the class comment). */
  static Map<Measure, ConcernReport> ipsByMeasure(PersonRecords p) {
    Map<Measure, ConcernReport> out = new IdentityHashMap<>();
    List<Measure> ms = sorted(p.measures());
    for (ConcernReport r : p.reports()) {
      if (r.outcomeDate() == null || !("MESURE_ADM".equals(r.outcome()) || "SIGNALEMENT".equals(r.outcome()))) continue;
      for (Measure m : ms) {
        if (m.startDate() == null) continue;
        long d = ChronoUnit.DAYS.between(r.outcomeDate(), m.startDate());
        if (d >= 0 && d <= IP_WINDOW_DAYS) {
          out.putIfAbsent(m, r);
          break;
        }
      }
    }
    return out;
  }

  private static OlinpeRecord record(PersonRecords p, Event e, int year, Identity id, ConcernReport ip) {
    Map<String, String> v = new HashMap<>();
    Person person = p.person();
    Measure m = e.measure();
    boolean end = e.kind() == Kind.END;
    LocalDate at = end ? m.endDate() : m.startDate();
    v.put("NUMDEP", id.departement());
    v.put("NUMANONYM", id.numanonym());
    if (id.previous() != null && !id.previous().equals(id.numanonym())) v.put("NUMANONYMANT", id.previous());
    v.put("TYPEV", e.kind().code());
    v.put("SEXE", OlinpeCatalogue.code("sexe", person.sex()));
    LocalDate birth = person.birthDate();
    v.put("MNAIS", birth == null ? "99" : String.format("%02d", birth.getMonthValue()));
    v.put("ANAIS", birth == null ? "9999" : Integer.toString(birth.getYear()));
    if (ip != null) ip(v, ip);
    String nature = m.nature() != null ? m.nature() : usualNature(m.measureType());
    v.put("DECISION", OlinpeCatalogue.code("decision", nature));
    if ("ADM".equals(nature)) v.put("NATPDECADM", OlinpeCatalogue.code("natpdecadm", m.measureType()));
    if ("JUD".equals(nature)) {
      v.put("NATDECASSED", OlinpeCatalogue.code("natdecassed", m.measureType()));
      v.put("TYPDECJUD", OlinpeCatalogue.code("typdecjud", m.decisionMaker()));
    }
    v.put("DATDECPE", m.startDate().toString());
    String family = family(m.measureType());
    if ("DOMICILE".equals(family)) v.put("TYPINTERDOM", OlinpeCatalogue.code("typinterdom", m.measureType()));
    boolean earlier = p.measures().stream().anyMatch(o -> o != m && o.startDate() != null && o.startDate().isBefore(m.startDate()));
    v.put("INTERANT", earlier ? "1" : "2");
    List<Placement> places = p.placements().stream().filter(pl -> m.measureId().equals(pl.measureId()) && pl.startDate() != null)
        .sorted(Comparator.comparing(Placement::startDate)).toList();
    if ("PLACEMENT".equals(family) || ("JEUNE_MAJEUR".equals(family) && !places.isEmpty())) placement(v, m, places, at, end, year);
    if (end) {
      v.put("MOTFININT", OlinpeCatalogue.code("motfinint", m.endReason()));
      v.put("DATFININT", m.endDate().toString());
    }
    if (person.deathDate() != null && person.deathDate().getYear() <= year) {
      v.put("DATDECMIN", person.deathDate().toString().substring(0, 7));
    }
    LocalDate mdph = null;
    for (MdphDecision d : p.mdph()) {
      if (d.decisionDate() != null && !d.decisionDate().isAfter(at) && (mdph == null || d.decisionDate().isAfter(mdph))) mdph = d.decisionDate();
    }
    v.put("HANDICAP", mdph == null ? "9" : "1");
    if (mdph != null) v.put("DATDECMDPH", mdph.toString());
    return ordered(v);
  }

  private static void ip(Map<String, String> v, ConcernReport ip) {
    v.put("DATIP", ip.receivedDate().toString());
    v.put("ORIGIP", OlinpeCatalogue.code("origip", ip.origin()));
    boolean prosecutor = "SIGNALEMENT".equals(ip.outcome());
    v.put("TRANSIP", prosecutor ? "1" : "2");
    for (String danger : List.of("VIOLSEX", "VIOLPHYS", "NEGLIG", "VIOLPSY")) {
      v.put(danger, ip.dangerTypes().isEmpty() ? "9" : ip.dangerTypes().contains(danger) ? "1" : "2");
    }
    if (prosecutor) v.put("DATSIGN", ip.outcomeDate().toString());
    v.put("FINEVAL", ip.outcomeDate().toString());
    v.put("SUITEVAL", OlinpeCatalogue.code("suiteval", ip.outcome()));
  }

  private static void placement(Map<String, String> v, Measure m, List<Placement> places, LocalDate at, boolean end, int year) {
    v.put("DATDEBACC", m.startDate().toString());
    if (end) v.put("DATFINACC", m.endDate().toString());
    v.put("LIEUACC", places.isEmpty() ? "99" : OlinpeCatalogue.code("lieu", places.get(0).placeType()));
    Placement current = null;
    for (Placement pl : places) {
      boolean covers = !pl.startDate().isAfter(at) && (pl.endDate() == null || !pl.endDate().isBefore(at));
      if (covers) current = pl;
    }
    if (current == null && !places.isEmpty()) current = end ? places.get(places.size() - 1) : places.get(0);
    if (current == null) {
      v.put("LIEUPLAC", "99");
    } else {
      v.put("LIEUPLAC", OlinpeCatalogue.code("lieu", current.placeType()));
      v.put("DATDEBPLAC", current.startDate().toString());
      if (current.endDate() != null && !current.endDate().isAfter(at)) v.put("DATFINPLAC", current.endDate().toString());
    }
    v.put("NATDECPLAC", v.get("DECISION"));
    int changes = 0;
    for (int i = 1; i < places.size(); i++) if (places.get(i).startDate().getYear() == year) changes++;
    v.put("CHGLIEU", changes > 0 ? "1" : "2");
    v.put("NBCHGLIEU", Integer.toString(Math.min(changes, 99)));
  }

  /** Puts the values in catalogue order and the unknown code of every variable the source cannot fill. */
  static OlinpeRecord ordered(Map<String, String> v) {
    Map<String, String> out = new LinkedHashMap<>();
    for (OlinpeCatalogue.Variable var : OlinpeCatalogue.variables()) {
      String value = v.get(var.name());
      if (value == null && !var.filled() && !var.unknown().isEmpty()) value = var.unknown();
      if (value != null) out.put(var.name(), value);
    }
    return new OlinpeRecord(out);
  }

  private static String family(String type) {
    return type == null ? null : Nomenclatures.MEASURE_TYPES.find(type).map(e -> e.attribute("famille")).orElse(null);
  }

  private static String usualNature(String type) {
    return type == null ? null : Nomenclatures.MEASURE_TYPES.find(type).map(e -> e.attribute("nature_habituelle")).orElse(null);
  }

  private static List<Measure> sorted(List<Measure> measures) {
    List<Measure> ms = new ArrayList<>(measures);
    ms.sort(Comparator.comparing(Measure::startDate, Comparator.nullsLast(Comparator.naturalOrder())));
    return ms;
  }
}
