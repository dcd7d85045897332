package fr.parcours.trajectory.indicator;

import fr.parcours.model.ConcernReport;
import fr.parcours.model.HousingStep;
import fr.parcours.model.MdphDecision;
import fr.parcours.model.Measure;
import fr.parcours.model.Nomenclatures;
import fr.parcours.model.Person;
import fr.parcours.model.PersonRecords;
import fr.parcours.model.Placement;
import fr.parcours.model.RsaEntitlement;
import fr.parcours.trajectory.Trajectory;
import fr.parcours.trajectory.spell.Episode;
import fr.parcours.trajectory.spell.Spell;
import fr.parcours.trajectory.spell.StateAlphabet;
import fr.parcours.trajectory.spell.Timeline;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Computes {@link PersonIndicators} from a person's records and trajectory (pure, thread-safe). */
public final class IndicatorCalculator {
  /** Days per month for durations (365.25 / 12), the generator's covariate convention. */
  public static final double DAYS_PER_MONTH = 30.4375;
  private static final String HOUSING_REQUEST = Nomenclatures.HOUSING_STEPS.get("DEMANDE_HLM").code();
  private static final String HOME = "DOMICILE";
  private static final String PLACEMENT = "PLACEMENT";
  private static final String YOUNG_ADULT = "JEUNE_MAJEUR";

  private final StateAlphabet alphabet;

  public IndicatorCalculator(StateAlphabet alphabet) {
    this.alphabet = alphabet;
  }

  public PersonIndicators compute(PersonRecords r, Trajectory trajectory) {
    Timeline t = trajectory.timeline();
    Person p = r.person();
    LocalDate birth = p.birthDate();
    LocalDate extract = t.extractDate();
    long last = t.lastDay().toEpochDay();
    LocalDate death = p.deathDate();
    List<Measure> measures = new ArrayList<>(r.measures());
    measures.removeIf(m -> m.startDate() == null || m.startDate().toEpochDay() > last);
    measures.sort(Comparator.comparing(Measure::startDate));

    LocalDate firstReport = r.reports().stream().map(ConcernReport::receivedDate).filter(d -> d != null && d.toEpochDay() <= last)
        .min(Comparator.naturalOrder()).orElse(null);
    LocalDate firstMeasure = measures.isEmpty() ? null : measures.get(0).startDate();
    LocalDate firstPlaced = null;
    for (Spell s : t.spells()) {
      if (alphabet.isPlacement(alphabet.indexOf(s.state()))) {
        firstPlaced = s.start();
        break;
      }
    }
    String territory = territory(measures, birth);
    if (birth == null) {
      return new PersonIndicators(p.personId(), p.sex(), p.unaccompaniedMinor(), territory, null, null, year(firstMeasure),
          null, null, null, false, null, null, 0, 0, null, false, Status.NOT_APPLICABLE, null, null, false, null,
          Status.NOT_APPLICABLE, t.episodes().size(), 0, null, null, false, Status.NOT_APPLICABLE, Status.NOT_APPLICABLE,
          Status.NOT_APPLICABLE, t.flags().size());
    }
    LocalDate d18 = birth.plusYears(18);
    LocalDate d19 = birth.plusYears(19);
    LocalDate d25 = birth.plusYears(25);
    LocalDate d17h = birth.plusMonths(210);
    long lastMinor = d18.toEpochDay() - 1;
    boolean minorityObserved = lastMinor <= last;

    // months in care before 18: union of DOMICILE and PLACEMENT measures (the generator's covariate)
    long careDays = unionDays(measures, m -> HOME.equals(family(m)) || PLACEMENT.equals(family(m)), lastMinor, last);
    long placedDays = 0;
    for (Spell s : t.spells()) {
      if (!alphabet.isPlacement(alphabet.indexOf(s.state()))) continue;
      long e = Math.min(s.end().toEpochDay(), lastMinor);
      if (e >= s.start().toEpochDay()) placedDays += e - s.start().toEpochDay() + 1;
    }
    int chains = 0;
    long chainEnd = Long.MIN_VALUE;
    boolean placedAt17h = false;
    for (Measure m : measures) {
      if (!PLACEMENT.equals(family(m))) continue;
      long s = m.startDate().toEpochDay();
      long e = m.endDate() == null ? last : m.endDate().toEpochDay();
      if (s < d18.toEpochDay() && s != chainEnd + 1) chains++;
      chainEnd = e;
      if (s <= d17h.toEpochDay() && e >= d17h.toEpochDay()) placedAt17h = true;
    }
    int changes = placeChanges(r.placements(), d18);
    String at17h = t.stateOn(d17h);

    // CJM
    boolean aliveAt18 = death == null || death.isAfter(d18);
    boolean cjmPopulation = placedAt17h && aliveAt18 && !d17h.isAfter(t.lastDay());
    Measure firstCjm = null;
    long cjmDays = unionDays(measures, m -> YOUNG_ADULT.equals(family(m)), Long.MAX_VALUE, last);
    Measure lastCjm = null;
    for (Measure m : measures) {
      if (!YOUNG_ADULT.equals(family(m))) continue;
      if (firstCjm == null) firstCjm = m;
      lastCjm = m;
    }
    boolean cjmInWindow = firstCjm != null && firstCjm.startDate().isBefore(d19);
    boolean windowCjm = !extract.isBefore(d19.minusDays(1)) && (death == null || !death.isBefore(d19.minusDays(1)) || cjmInWindow);
    Status cjm = cjmPopulation ? Status.of(cjmInWindow, windowCjm) : Status.NOT_APPLICABLE;
    boolean cjmOngoing = lastCjm != null && (lastCjm.endDate() == null || lastCjm.endDate().isAfter(extract)) && t.lastDay().equals(extract);
    String placedAt18 = t.stateOn(LocalDate.ofEpochDay(lastMinor));
    boolean placedBefore18 = placedAt18 != null && alphabet.isPlacement(alphabet.indexOf(placedAt18));
    Status dry = placedBefore18 ? Status.of(!cjmInWindow, windowCjm) : Status.NOT_APPLICABLE;

    // episodes, re-entries, exit
    int reEntries = 0;
    for (int i = 1; i < t.episodes().size(); i++) if (t.episodes().get(i).start().isBefore(d18)) reEntries++;
    Integer exitAge = null;
    String exitReason = null;
    boolean exitCensored = false;
    if (!t.episodes().isEmpty()) {
      Episode e = t.episodes().get(t.episodes().size() - 1);
      exitCensored = e.censored();
      if (!exitCensored) {
        exitAge = months(birth, e.end().plusDays(1));
        exitReason = e.endReason();
      }
    }

    // other directions, before 25, observed once the 25th birthday is reached alive
    boolean window25 = !d25.isAfter(extract) && (death == null || death.isAfter(d25));
    boolean rsa = r.rsa().stream().map(RsaEntitlement::openDate).anyMatch(d -> d != null && d.isBefore(d25));
    boolean housing = r.housing().stream().anyMatch(h -> HOUSING_REQUEST.equals(h.stepType()) && before(h, d25));
    boolean mdph = r.mdph().stream().map(MdphDecision::decisionDate).anyMatch(d -> d != null && d.isBefore(d25));

    return new PersonIndicators(p.personId(), p.sex(), p.unaccompaniedMinor(), territory, birth.getYear(), d18.getYear(),
        year(firstMeasure), age(birth, firstReport), age(birth, firstMeasure), age(birth, firstPlaced), minorityObserved,
        careDays / DAYS_PER_MONTH, placedDays / DAYS_PER_MONTH, chains, changes, at17h, placedAt17h, cjm,
        firstCjm == null ? null : age(birth, firstCjm.startDate()), firstCjm == null ? null : cjmDays / DAYS_PER_MONTH,
        cjmOngoing, lastCjm == null || cjmOngoing ? null : lastCjm.endReason(), dry, t.episodes().size(), reEntries,
        exitAge, exitReason, exitCensored, Status.of(rsa, window25), Status.of(housing, window25), Status.of(mdph, window25),
        t.flags().size());
  }

  private static boolean before(HousingStep h, LocalDate d) {
    return h.stepDate() != null && h.stepDate().isBefore(d);
  }

  /**
   * Changes of place before 18, the generator's covariate: place records starting before the 18th
   * birthday on the day after the end of the previous place record (in start order) of the same measure.
   */
  static int placeChanges(List<Placement> places, LocalDate d18) {
    List<Placement> sorted = new ArrayList<>(places);
    sorted.removeIf(l -> l.startDate() == null);
    sorted.sort(Comparator.comparing(Placement::startDate).thenComparing(Placement::placementId));
    int changes = 0;
    for (int i = 1; i < sorted.size(); i++) {
      Placement q = sorted.get(i - 1);
      Placement l = sorted.get(i);
      if (l.measureId().equals(q.measureId()) && q.endDate() != null
          && l.startDate().toEpochDay() == q.endDate().toEpochDay() + 1 && l.startDate().isBefore(d18)) {
        changes++;
      }
    }
    return changes;
  }

  /** Days covered by the union of the selected measures, up to {@code limit} and the last observed day. */
  private static long unionDays(List<Measure> sorted, java.util.function.Predicate<Measure> keep, long limit, long last) {
    long covered = 0;
    long reach = Long.MIN_VALUE;
    for (Measure m : sorted) {
      if (!keep.test(m)) continue;
      long e = Math.min(limit, m.endDate() == null ? last : Math.min(last, m.endDate().toEpochDay()));
      long s = Math.max(m.startDate().toEpochDay(), reach == Long.MIN_VALUE ? Long.MIN_VALUE : reach + 1);
      if (e >= s) covered += e - s + 1;
      reach = Math.max(reach, e);
    }
    return covered;
  }

  /** Territory of the last measure started before 18 (the first measure otherwise). */
  private static String territory(List<Measure> sorted, LocalDate birth) {
    String t = null;
    for (Measure m : sorted) {
      if (t != null && birth != null && !m.startDate().isBefore(birth.plusYears(18))) break;
      if (m.territory() != null) t = m.territory();
    }
    return t;
  }

  private static String family(Measure m) {
    return Nomenclatures.MEASURE_TYPES.find(m.measureType()).map(e -> e.attributes().get("famille")).orElse("");
  }

  private static Integer year(LocalDate d) {
    return d == null ? null : d.getYear();
  }

  private static Integer age(LocalDate birth, LocalDate d) {
    return d == null ? null : months(birth, d);
  }

  /** Completed months from birth to {@code d} (negative when d is before the birth). */
  static int months(LocalDate birth, LocalDate d) {
    return (int) ChronoUnit.MONTHS.between(birth, d);
  }
}
