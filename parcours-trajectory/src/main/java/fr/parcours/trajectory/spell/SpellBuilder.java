package fr.parcours.trajectory.spell;

import fr.parcours.model.ConcernReport;
import fr.parcours.model.Measure;
import fr.parcours.model.Nomenclatures;
import fr.parcours.model.Person;
import fr.parcours.model.PersonRecords;
import fr.parcours.model.Placement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds a person's {@link Timeline} from their records: a pure function, safe to call from many
 * threads at once. The rules (documented in {@code docs/trajectoires.md}) are those of the
 * generator's state machine, so that on a clean extract the spells equal {@code verite/episodes.csv}:
 *
 * <ol>
 *   <li>each record paints its state over its dates, bounds inclusive: an IP from reception to
 *       its outcome date (to the end of observation while under evaluation); an at-home measure
 *       DOM_ADM or DOM_JUD by its nature; a CJM measure CJM; a place the state of its type
 *       (column {@code etat} of {@code types_lieu.csv}), except the places of a CJM, which do not
 *       change its state; a placement measure the lowest-priority place state, so that only its
 *       days covered by no place show it (flagged);
 *   <li>on a day covered by several records, the state of highest {@code priorite} in
 *       {@code etats.csv} wins (ties: the earlier line of the file);
 *   <li>a day covered by nothing is NC before the first record, SORTI after it;
 *   <li>an open record runs to the last observed day (the extract date, or the death date when
 *       earlier): censored, never given an invented end; records starting later are ignored;
 *   <li>a SORTI spell of at most {@link TrajectorySettings#gapToleranceDays()} days between two
 *       recorded states takes the previous state (default 0: no bridging).
 * </ol>
 */
public final class SpellBuilder {
  private static final String PENDING = Nomenclatures.REPORT_OUTCOMES.get("EN_COURS").code();
  private static final String JUDICIAL = Nomenclatures.DECISION_NATURES.get("JUD").code();
  private static final String ADMINISTRATIVE = Nomenclatures.DECISION_NATURES.get("ADM").code();
  private static final String HOME = "DOMICILE";
  private static final String PLACEMENT = "PLACEMENT";
  private static final String YOUNG_ADULT = "JEUNE_MAJEUR";

  private final StateAlphabet alphabet;
  private final TrajectorySettings settings;

  public SpellBuilder(StateAlphabet alphabet, TrajectorySettings settings) {
    this.alphabet = Objects.requireNonNull(alphabet, "alphabet");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** One record's painted interval, in epoch days, bounds inclusive. */
  private static final class Iv {
    final int state;
    final long start;
    final long end;
    final boolean care;
    final boolean open;
    final boolean measure;
    final String measureType;
    final String endReason;

    Iv(int state, long start, long end, boolean care, boolean open, boolean measure, String measureType, String endReason) {
      this.state = state;
      this.start = start;
      this.end = end;
      this.care = care;
      this.open = open;
      this.measure = measure;
      this.measureType = measureType;
      this.endReason = endReason;
    }
  }

  public Timeline build(PersonRecords records, LocalDate extractDate) {
    Person person = records.person();
    List<TrajectoryFlag> flags = new ArrayList<>();
    long extract = extractDate.toEpochDay();
    LocalDate death = person.deathDate();
    long last = death != null && death.toEpochDay() < extract ? death.toEpochDay() : extract;
    List<Iv> ivs = new ArrayList<>();
    Map<String, Measure> byId = new HashMap<>();
    for (Measure m : records.measures()) byId.putIfAbsent(m.measureId(), m);

    List<Iv> measureIvs = new ArrayList<>();
    for (Measure m : records.measures()) {
      long[] span = span(m.measureId(), m.startDate(), m.endDate(), last, flags);
      if (span == null) continue;
      String family = family(m.measureType());
      int state;
      if (HOME.equals(family)) state = homeState(m);
      else if (PLACEMENT.equals(family)) state = alphabet.placementFallback;
      else if (YOUNG_ADULT.equals(family)) state = alphabet.youngAdult;
      else continue;
      Iv iv = new Iv(state, span[0], span[1], true, span[2] == 1, true, m.measureType(), m.endReason());
      ivs.add(iv);
      measureIvs.add(iv);
      if (PLACEMENT.equals(family)) checkCovered(m, span, records.placements(), last, flags);
    }
    if (records.measures().size() > 1) {
      List<Object[]> ms = new ArrayList<>(records.measures().size());
      for (Measure m : records.measures()) ms.add(new Object[] {m.measureId(), m.startDate(), m.endDate()});
      flagOverlaps(ms, TrajectoryFlag.OVERLAPPING_MEASURES, "mesure", last, flags);
    }

    List<Object[]> paintedPlaces = new ArrayList<>();
    for (Placement l : records.placements()) {
      long[] span = span(l.placementId(), l.startDate(), l.endDate(), last, flags);
      if (span == null) continue;
      Measure m = byId.get(l.measureId());
      String type = null;
      if (m == null) {
        flags.add(new TrajectoryFlag(TrajectoryFlag.PLACE_WITHOUT_MEASURE, l.placementId(),
            "la mesure " + l.measureId() + " du lieu est absente de l'extrait"));
      } else {
        type = m.measureType();
        long ms = m.startDate() == null ? span[0] : m.startDate().toEpochDay();
        long me = m.endDate() == null ? last : m.endDate().toEpochDay();
        if (span[0] < ms || span[1] > me) {
          flags.add(new TrajectoryFlag(TrajectoryFlag.PLACE_OUTSIDE_MEASURE, l.placementId(),
              "lieu du " + day(span[0]) + " au " + day(span[1]) + " hors de la mesure " + m.measureId() + " (" + day(ms) + " – " + day(me) + ")"));
        }
        if (YOUNG_ADULT.equals(family(m.measureType()))) continue; // the CJM's state covers its places
      }
      ivs.add(new Iv(alphabet.placeState(l.placeType()), span[0], span[1], true, span[2] == 1, false, type, null));
      paintedPlaces.add(new Object[] {l.placementId(), l.startDate(), l.endDate()});
    }
    flagOverlaps(paintedPlaces, TrajectoryFlag.OVERLAPPING_PLACES, "lieu", last, flags);

    for (ConcernReport r : records.reports()) {
      LocalDate end = r.outcomeDate();
      if (end == null && r.outcome() != null && !PENDING.equals(r.outcome())) {
        flags.add(new TrajectoryFlag(TrajectoryFlag.REPORT_WITHOUT_OUTCOME_DATE, r.reportId(),
            "suite " + r.outcome() + " sans date : évaluation comptée jusqu'à la fin de l'observation"));
      }
      long[] span = span(r.reportId(), r.receivedDate(), end, last, flags);
      if (span != null) ivs.add(new Iv(alphabet.report, span[0], span[1], false, span[2] == 1, false, null, null));
    }

    long firstRecord = Long.MAX_VALUE;
    for (Iv iv : ivs) firstRecord = Math.min(firstRecord, iv.start);
    LocalDate birth = person.birthDate();
    long first;
    if (birth == null) {
      flags.add(new TrajectoryFlag(TrajectoryFlag.BIRTH_UNKNOWN, person.personId(), "date de naissance inconnue : pas d'axe des âges"));
      first = firstRecord == Long.MAX_VALUE ? last : firstRecord;
    } else {
      first = Math.min(birth.toEpochDay(), firstRecord);
      if (firstRecord < birth.toEpochDay()) {
        flags.add(new TrajectoryFlag(TrajectoryFlag.BIRTH_AFTER_RECORD, person.personId(),
            "naissance le " + birth + " après un enregistrement du " + day(firstRecord) + " : la trajectoire commence à cet enregistrement"));
      }
    }
    first = Math.min(first, last);
    List<Spell> spells = sweep(ivs, first, last, firstRecord);
    List<Episode> episodes = episodes(ivs, last, extract);
    return new Timeline(person.personId(), birth, day(first), day(last), extractDate, spells, episodes, flags);
  }

  /** [start, end, open] clipped to the last observed day; null (and flagged) when unusable. */
  private static long[] span(String id, LocalDate start, LocalDate end, long last, List<TrajectoryFlag> flags) {
    if (start == null) return null;
    long s = start.toEpochDay();
    if (s > last) {
      flags.add(new TrajectoryFlag(TrajectoryFlag.AFTER_OBSERVATION, id, "commence le " + start + ", après la fin de l'observation (" + day(last) + ") : ignoré"));
      return null;
    }
    boolean open = end == null || end.toEpochDay() > last;
    long e = open ? last : end.toEpochDay();
    if (e < s) {
      flags.add(new TrajectoryFlag(TrajectoryFlag.END_BEFORE_START, id, "fin " + end + " avant le début " + start + " : compté un jour"));
      e = s;
    }
    return new long[] {s, e, open ? 1 : 0};
  }

  private int homeState(Measure m) {
    String nature = m.nature();
    if (!JUDICIAL.equals(nature) && !ADMINISTRATIVE.equals(nature)) {
      nature = Nomenclatures.MEASURE_TYPES.get(m.measureType()).attributes().getOrDefault("nature_habituelle", ADMINISTRATIVE);
    }
    return JUDICIAL.equals(nature) ? alphabet.homeJudicial : alphabet.homeAdministrative;
  }

  private static String family(String measureType) {
    return Nomenclatures.MEASURE_TYPES.find(measureType).map(e -> e.attributes().get("famille")).orElse("");
  }

  /** Flags the days of a placement measure that no place of that measure covers. */
  private static void checkCovered(Measure m, long[] span, List<Placement> places, long last, List<TrajectoryFlag> flags) {
    List<long[]> own = new ArrayList<>();
    for (Placement l : places) {
      if (!m.measureId().equals(l.measureId()) || l.startDate() == null) continue;
      long s = Math.max(span[0], l.startDate().toEpochDay());
      long e = Math.min(span[1], l.endDate() == null ? last : l.endDate().toEpochDay());
      if (s <= e) own.add(new long[] {s, e});
    }
    own.sort(Comparator.comparingLong(a -> a[0]));
    long covered = 0;
    long reach = span[0] - 1;
    for (long[] o : own) {
      long s = Math.max(o[0], reach + 1);
      if (o[1] >= s) covered += o[1] - s + 1;
      reach = Math.max(reach, o[1]);
    }
    long total = span[1] - span[0] + 1;
    if (covered < total) {
      flags.add(new TrajectoryFlag(TrajectoryFlag.PLACEMENT_WITHOUT_PLACE, m.measureId(),
          (total - covered) + " jour(s) de placement sans lieu d'accueil : état « autre placement »"));
    }
  }

  /** Flags records (id, start, end) that start before an earlier one has ended. */
  private static void flagOverlaps(List<Object[]> rows, String code, String what, long last, List<TrajectoryFlag> flags) {
    if (rows.size() < 2) return;
    Object[][] sorted = rows.stream().filter(r -> r[1] != null).toArray(Object[][]::new);
    Arrays.sort(sorted, Comparator.comparing((Object[] r) -> (LocalDate) r[1]));
    long reach = Long.MIN_VALUE;
    String reachId = null;
    for (Object[] r : sorted) {
      long s = ((LocalDate) r[1]).toEpochDay();
      long e = r[2] == null ? last : Math.max(s, ((LocalDate) r[2]).toEpochDay());
      if (s <= reach) flags.add(new TrajectoryFlag(code, (String) r[0], what + " commencé le " + r[1] + " pendant " + reachId));
      if (e > reach) {
        reach = e;
        reachId = (String) r[0];
      }
    }
  }

  /** Cuts the timeline at every record bound and gives each piece its winning state. */
  private List<Spell> sweep(List<Iv> ivs, long first, long last, long firstRecord) {
    long[] cuts = new long[ivs.size() * 2 + 3];
    int n = 0;
    cuts[n++] = first;
    cuts[n++] = last + 1;
    if (firstRecord > first && firstRecord <= last) cuts[n++] = firstRecord;
    for (Iv iv : ivs) {
      if (iv.start > first) cuts[n++] = iv.start;
      if (iv.end + 1 <= last) cuts[n++] = iv.end + 1;
    }
    Arrays.sort(cuts, 0, n);
    int[] states = new int[n];
    long[] starts = new long[n];
    long[] ends = new long[n];
    int k = 0;
    for (int i = 0; i + 1 < n; i++) {
      long s = cuts[i];
      if (s == cuts[i + 1]) continue;
      int win = -1;
      for (Iv iv : ivs) if (iv.start <= s && iv.end >= s) win = alphabet.winner(win, iv.state);
      if (win < 0) win = s < firstRecord ? alphabet.notKnown : alphabet.leftCare;
      k = append(states, starts, ends, k, win, s, cuts[i + 1] - 1);
    }
    int tol = settings.gapToleranceDays();
    if (tol > 0) {
      int m = 0;
      for (int i = 0; i < k; i++) {
        int st = states[i];
        if (st == alphabet.leftCare && i > 0 && i < k - 1 && ends[i] - starts[i] + 1 <= tol) st = states[m - 1];
        m = append(states, starts, ends, m, st, starts[i], ends[i]);
      }
      k = m;
    }
    List<Spell> out = new ArrayList<>(k);
    for (int i = 0; i < k; i++) out.add(new Spell(alphabet.code(states[i]), day(starts[i]), day(ends[i])));
    return out;
  }

  private static int append(int[] states, long[] starts, long[] ends, int k, int state, long s, long e) {
    if (k > 0 && states[k - 1] == state && ends[k - 1] + 1 == s) {
      ends[k - 1] = e;
      return k;
    }
    states[k] = state;
    starts[k] = s;
    ends[k] = e;
    return k + 1;
  }

  /** Episodes of care: measures and places merged when they touch or are at most the tolerance apart. */
  private List<Episode> episodes(List<Iv> ivs, long last, long extract) {
    List<Iv> care = new ArrayList<>();
    for (Iv iv : ivs) if (iv.care) care.add(iv);
    care.sort(Comparator.comparingLong((Iv iv) -> iv.start).thenComparing(iv -> !iv.measure));
    List<Episode> out = new ArrayList<>();
    int i = 0;
    long tol = settings.gapToleranceDays();
    while (i < care.size()) {
      Iv firstIv = care.get(i);
      long start = firstIv.start;
      long end = firstIv.end;
      String firstType = firstIv.measureType;
      int j = i;
      while (j + 1 < care.size() && care.get(j + 1).start <= end + 1 + tol) {
        j++;
        end = Math.max(end, care.get(j).end);
        if (firstType == null) firstType = care.get(j).measureType;
      }
      boolean open = false;
      String reason = null;
      for (int x = i; x <= j; x++) {
        Iv iv = care.get(x);
        if (iv.end != end) continue;
        open |= iv.open;
        if (iv.measure && iv.endReason != null) reason = iv.endReason;
      }
      boolean censored = open && end == last && last == extract;
      out.add(new Episode(day(start), day(end), censored, censored ? null : reason, firstType));
      i = j + 1;
    }
    return out;
  }

  static LocalDate day(long epochDay) {
    return LocalDate.ofEpochDay(epochDay);
  }
}
