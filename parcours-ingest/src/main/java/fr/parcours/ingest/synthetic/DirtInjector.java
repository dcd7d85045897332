package fr.parcours.ingest.synthetic;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Injects the dirt of docs/extrait-reference.md into one person's extract rows, from the person's
 * own dirt generator (so the truth never depends on the dirt rate). Each unit (person, or row of
 * IPs, measures and places) draws one uniform; each dirt kind owns a fixed slice of [0, 1) of width
 * {@code factor × RATE} ({@link Dirt}), and applies when the uniform falls in its slice and the unit
 * is eligible for it: a unit gets at most one dirt, and each kind hits exactly its rate among its
 * eligible units. Eligibility keeps every dirt detectable the way the ingestion is told to detect
 * it (see docs/generateur.md); eligible units are counted in {@code comptes.csv}.
 */
final class DirtInjector {
  private final GeneratorSettings settings;
  private final SimPerson p;
  private final PersonRows rows;
  private final SplittableRandom rng;
  private final ChunkOutput out;
  private final double rate;
  private final Set<String> measuresWithPlaces = new HashSet<>();

  DirtInjector(GeneratorSettings settings, SimPerson p, PersonRows rows, SplittableRandom rng, ChunkOutput out) {
    this.settings = settings;
    this.p = p;
    this.rows = rows;
    this.rng = rng;
    this.out = out;
    this.rate = settings.dirtRate();
    for (Row r : rows.places) measuresWithPlaces.add(r.cells[PersonRows.L_MEASURE]);
  }

  /** Applies the dirt; returns the duplicate source id when a DOUBLON_INDIVIDU was made, else null. */
  String apply() {
    String duplicate = personLevel();
    boolean personDirty = rows.persons.get(0).dirt != null || duplicate != null;
    for (Row r : rows.reports) reportRow(r);
    List<Row> measures = new ArrayList<>(rows.measures.size() + 1);
    for (int i = 0; i < rows.measures.size(); i++) {
      Row r = rows.measures.get(i);
      measures.add(r);
      Row copy = measureRow(r, i, personDirty);
      if (copy != null) measures.add(copy);
    }
    rows.measures.clear();
    rows.measures.addAll(measures);
    for (int i = 0; i < rows.places.size(); i++) placeRow(rows.places.get(i), i);
    return duplicate;
  }

  // ---- person level ----------------------------------------------------------------------

  private String personLevel() {
    double u = rng.nextDouble();
    Row person = rows.persons.get(0);
    boolean dupOk = rows.reports.size() + rows.measures.size() >= 2;
    LocalDate newBirth = laterBirth();
    int encodingField = mojibakeField(person);
    boolean dup = hit(u, Dirt.DOUBLON_INDIVIDU, dupOk);
    boolean birth = hit(u, Dirt.NAISSANCE_APRES_MESURE, newBirth != null);
    boolean encoding = hit(u, Dirt.ENCODAGE_MELANGE, encodingField >= 0);
    if (dup) return duplicate(person);
    if (birth) {
      person.cells[PersonRows.P_BIRTH] = Csv.fr(newBirth);
      person.dirt = Dirt.NAISSANCE_APRES_MESURE;
    } else if (encoding) {
      person.cells[encodingField] = mojibake(person.cells[encodingField]);
      person.dirt = Dirt.ENCODAGE_MELANGE;
    }
    return null;
  }

  /** Counts an eligible unit and tells whether {@code u} falls in the kind's slice. */
  private boolean hit(double u, Dirt kind, boolean eligible) {
    if (!eligible) return false;
    out.count("eligibles_" + kind.name(), 1);
    double start = kind.sliceStart(rate);
    return u >= start && u < start + kind.factor * rate;
  }

  private String duplicate(Row person) {
    String[] c = person.cells.clone();
    String id = Ids.duplicatePerson(p.index);
    c[0] = id;
    if (Draws.chance(rng, 0.5)) {
      String variant = Names.variant(c[PersonRows.P_BIRTH_NAME], rng);
      if (c[PersonRows.P_USAGE].equals(c[PersonRows.P_BIRTH_NAME])) c[PersonRows.P_USAGE] = variant;
      c[PersonRows.P_BIRTH_NAME] = variant;
    } else {
      String first = c[PersonRows.P_FIRST];
      int cut = indexOfSeparator(first);
      c[PersonRows.P_FIRST] = Names.variant(cut < 0 ? first : first.substring(0, cut), rng) + (cut < 0 ? "" : first.substring(cut));
    }
    if (Draws.chance(rng, 0.3)) c[PersonRows.P_MOTHER] = "";
    Row dup = new Row(c);
    dup.dirt = Dirt.DOUBLON_INDIVIDU;
    rows.persons.add(dup);
    reattach(id);
    return id;
  }

  /** Re-attaches the IPs and measures (with their places) from a random cut date on to the duplicate id. */
  private void reattach(String id) {
    List<LocalDate> dates = new ArrayList<>();
    p.reports.forEach(r -> dates.add(r.receivedDate()));
    p.measures.forEach(m -> dates.add(m.startDate()));
    dates.sort(null);
    LocalDate cut = dates.get(1 + rng.nextInt(dates.size() - 1));
    for (int i = 0; i < p.reports.size(); i++) {
      if (!p.reports.get(i).receivedDate().isBefore(cut)) rows.reports.get(i).cells[PersonRows.IP_PERSON] = id;
    }
    Set<String> moved = new HashSet<>();
    for (int i = 0; i < p.measures.size(); i++) {
      if (!p.measures.get(i).startDate().isBefore(cut)) {
        rows.measures.get(i).cells[PersonRows.M_PERSON] = id;
        moved.add(p.measures.get(i).measureId());
      }
    }
    for (Row r : rows.places) {
      if (moved.contains(r.cells[PersonRows.L_MEASURE])) r.cells[PersonRows.L_PERSON] = id;
    }
  }

  private LocalDate laterBirth() {
    if (p.measures.isEmpty()) return null;
    LocalDate first = p.measures.get(0).startDate();
    LocalDate birth = first.plusDays(30 + rng.nextInt(336));
    if (birth.isAfter(settings.extractDate())) birth = settings.extractDate();
    return birth.isAfter(first) ? birth : null;
  }

  private int mojibakeField(Row person) {
    for (int field : new int[] {PersonRows.P_BIRTH_NAME, PersonRows.P_FIRST}) {
      String v = person.cells[field];
      if (v.chars().allMatch(ch -> ch < 128)) continue;
      String m = mojibake(v);
      if (new String(m.getBytes(mojibakeCharset()), StandardCharsets.UTF_8).equals(v)
          && settings.encoding().newEncoder().canEncode(m)) {
        return field;
      }
    }
    return -1;
  }

  /** The text as a UTF-8 file read as a single-byte one would show it (« Ã© » for « é »). */
  private String mojibake(String v) {
    return new String(v.getBytes(StandardCharsets.UTF_8), mojibakeCharset());
  }

  private Charset mojibakeCharset() {
    return settings.encoding().equals(StandardCharsets.ISO_8859_1) ? StandardCharsets.ISO_8859_1
        : GeneratorSettings.ENCODINGS.get(0);
  }

  private static int indexOfSeparator(String s) {
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) == ' ' || s.charAt(i) == ',') return i;
    return -1;
  }

  // ---- row level -------------------------------------------------------------------------

  private void reportRow(Row r) {
    if (r.locked) return;
    double u = rng.nextDouble();
    boolean hasOutcome = !r.cells[PersonRows.IP_OUTCOME_DATE].isEmpty();
    boolean unreadable = hit(u, Dirt.DATE_ILLISIBLE, true);
    boolean fictive = hit(u, Dirt.DATE_FICTIVE, true);
    boolean blank = hit(u, Dirt.CHAMP_OBLIGATOIRE_VIDE, true);
    if (unreadable) {
      int col = hasOutcome && Draws.chance(rng, 0.5) ? PersonRows.IP_OUTCOME_DATE : PersonRows.IP_RECEIVED;
      mark(r, Dirt.DATE_ILLISIBLE, col, unreadable(r.cells[col]));
    } else if (fictive) {
      mark(r, Dirt.DATE_FICTIVE, PersonRows.IP_RECEIVED, Csv.fr(LocalDate.of(1900, 1, 1)));
    } else if (blank) {
      int[] cols = {0, PersonRows.IP_PERSON, PersonRows.IP_RECEIVED};
      mark(r, Dirt.CHAMP_OBLIGATOIRE_VIDE, cols[rng.nextInt(cols.length)], "");
    }
  }

  /** Returns the re-entered copy for MESURE_EN_DOUBLE, else null. */
  private Row measureRow(Row r, int index, boolean personDirty) {
    if (r.locked) return null;
    double u = rng.nextDouble();
    boolean placed = measuresWithPlaces.contains(r.id);
    boolean hasEnd = !r.cells[PersonRows.M_END].isEmpty();
    Row later = laterSameType(index);
    boolean over21 = !p.birth.plusYears(21).isAfter(settings.extractDate());
    boolean unreadable = hit(u, Dirt.DATE_ILLISIBLE, !placed || hasEnd);
    boolean fictive = hit(u, Dirt.DATE_FICTIVE, !placed);
    boolean endBefore = hit(u, Dirt.FIN_AVANT_DEBUT, !placed && hasEnd);
    boolean blank = hit(u, Dirt.CHAMP_OBLIGATOIRE_VIDE, !placed);
    boolean copied = hit(u, Dirt.MESURE_EN_DOUBLE, true);
    boolean missingEnd = hit(u, Dirt.FIN_MANQUANTE, hasEnd && !personDirty && (over21 || later != null));
    if (unreadable) {
      int col = placed || (hasEnd && Draws.chance(rng, 0.5)) ? PersonRows.M_END : PersonRows.M_START;
      mark(r, Dirt.DATE_ILLISIBLE, col, unreadable(r.cells[col]));
    } else if (fictive) {
      mark(r, Dirt.DATE_FICTIVE, PersonRows.M_START, Csv.fr(LocalDate.of(1900, 1, 1)));
    } else if (endBefore) {
      LocalDate start = p.measures.get(index).startDate();
      mark(r, Dirt.FIN_AVANT_DEBUT, PersonRows.M_END, Csv.fr(start.minusDays(1 + rng.nextInt(365))));
    } else if (blank) {
      int[] cols = {0, PersonRows.M_PERSON, PersonRows.M_TYPE, PersonRows.M_START};
      mark(r, Dirt.CHAMP_OBLIGATOIRE_VIDE, cols[rng.nextInt(cols.length)], "");
    } else if (copied) {
      String[] c = r.cells.clone();
      c[0] = Ids.record("MES", p.index, 500 + index);
      Row copy = new Row(c);
      copy.dirt = Dirt.MESURE_EN_DOUBLE;
      return copy;
    } else if (missingEnd) {
      if (!over21) later.locked = true;
      r.cells[PersonRows.M_END] = "";
      r.cells[PersonRows.M_REASON] = "";
      r.dirt = Dirt.FIN_MANQUANTE;
    }
    return null;
  }

  private Row laterSameType(int index) {
    String type = p.measures.get(index).measureType();
    for (int j = index + 1; j < p.measures.size(); j++) {
      Row r = rows.measures.get(j);
      if (p.measures.get(j).measureType().equals(type) && !r.locked && r.dirt == null) return r;
    }
    return null;
  }

  private void placeRow(Row r, int index) {
    if (r.locked) return;
    double u = rng.nextDouble();
    boolean hasEnd = !r.cells[PersonRows.L_END].isEmpty();
    int next = nextInMeasure(index);
    boolean unreadable = hit(u, Dirt.DATE_ILLISIBLE, true);
    boolean fictive = hit(u, Dirt.DATE_FICTIVE, true);
    boolean endBefore = hit(u, Dirt.FIN_AVANT_DEBUT, hasEnd);
    boolean blank = hit(u, Dirt.CHAMP_OBLIGATOIRE_VIDE, true);
    boolean overlap = hit(u, Dirt.CHEVAUCHEMENT, next >= 0);
    if (unreadable) {
      int col = hasEnd ? PersonRows.L_END : PersonRows.L_START;
      mark(r, Dirt.DATE_ILLISIBLE, col, unreadable(r.cells[col]));
    } else if (fictive) {
      mark(r, Dirt.DATE_FICTIVE, PersonRows.L_START, Csv.fr(LocalDate.of(1900, 1, 1)));
    } else if (endBefore) {
      LocalDate start = p.placements.get(index).startDate();
      mark(r, Dirt.FIN_AVANT_DEBUT, PersonRows.L_END, Csv.fr(start.minusDays(1 + rng.nextInt(365))));
    } else if (blank) {
      int[] cols = {0, PersonRows.L_TYPE, PersonRows.L_START};
      mark(r, Dirt.CHAMP_OBLIGATOIRE_VIDE, cols[rng.nextInt(cols.length)], "");
    } else if (overlap) {
      LocalDate nextStart = p.placements.get(next).startDate();
      LocalDate nextEnd = p.placements.get(next).endDate();
      long room = (nextEnd == null ? settings.extractDate() : nextEnd).toEpochDay() - nextStart.toEpochDay();
      mark(r, Dirt.CHEVAUCHEMENT, PersonRows.L_END, Csv.fr(nextStart.plusDays(1 + rng.nextInt((int) Math.min(60, room)))));
      rows.places.get(next).locked = true;
    }
  }

  /** The next place of the same measure, starting the day after this one ends and long enough to overlap. */
  private int nextInMeasure(int index) {
    var here = p.placements.get(index);
    if (here.endDate() == null) return -1;
    for (int j = index + 1; j < p.placements.size(); j++) {
      var other = p.placements.get(j);
      if (!other.measureId().equals(here.measureId())) continue;
      LocalDate end = other.endDate() == null ? settings.extractDate() : other.endDate();
      boolean ok = other.startDate().equals(here.endDate().plusDays(1)) && end.isAfter(other.startDate())
          && !rows.places.get(j).locked && rows.places.get(j).dirt == null;
      return ok ? j : -1;
    }
    return -1;
  }

  private static void mark(Row r, Dirt kind, int column, String value) {
    r.cells[column] = value;
    r.dirt = kind;
  }

  private String unreadable(String frDate) {
    String year = frDate.length() == 10 ? frDate.substring(6) : "2011";
    String day = frDate.length() == 10 ? frDate.substring(0, 2) : "05";
    return switch (rng.nextInt(5)) {
      case 0 -> "31/02/" + year;
      case 1 -> "31/04/" + year;
      case 2 -> year + "-13-" + day;
      case 3 -> "??";
      default -> "00/00/0000";
    };
  }
}
