package fr.parcours.trajectory.sequence;

import fr.parcours.trajectory.spell.Spell;
import fr.parcours.trajectory.spell.StateAlphabet;
import fr.parcours.trajectory.spell.Timeline;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Turns spells into monthly sequences. <b>The monthly rule</b>: a month gets the state that covers
 * the most of its <i>observed</i> days (days of the timeline inside the month); on a tie, the state of
 * higher {@code priorite} in {@code etats.csv}, then the earlier line. A month with no observed day
 * is missing. The rule depends only on the spells, so it gives the same sequence for the generator's
 * true spells and for the rebuilt ones whenever they are equal.
 */
public final class MonthlyRule {
  private final StateAlphabet alphabet;

  public MonthlyRule(StateAlphabet alphabet) {
    this.alphabet = alphabet;
  }

  /** Age axis: months 0 … 251 from the birth date; all missing when the birth is unknown. */
  public MonthlySequence byAge(Timeline t) {
    byte[] out = new byte[Axis.AGE_MONTHS];
    if (t.birthDate() == null) {
      java.util.Arrays.fill(out, MonthlySequence.MISSING);
      return new MonthlySequence(Axis.AGE, null, out);
    }
    long[] bounds = new long[Axis.AGE_MONTHS + 1];
    LocalDate b = t.birthDate();
    int y = b.getYear();
    int m0 = b.getMonthValue() - 1;
    int d = b.getDayOfMonth();
    for (int k = 0; k <= Axis.AGE_MONTHS; k++) {
      int mm = m0 + k;
      bounds[k] = epochDay(y + mm / 12, mm % 12 + 1, d);
    }
    fill(t.spells(), t.firstDay().toEpochDay(), t.lastDay().toEpochDay(), bounds, out);
    return new MonthlySequence(Axis.AGE, null, out);
  }

  /** Calendar axis: from {@code firstMonth} to the month of the extract date. */
  public MonthlySequence byCalendar(Timeline t, YearMonth firstMonth) {
    long[] bounds = calendarBounds(firstMonth, YearMonth.from(t.extractDate()));
    byte[] out = new byte[bounds.length - 1];
    fill(t.spells(), t.firstDay().toEpochDay(), t.lastDay().toEpochDay(), bounds, out);
    return new MonthlySequence(Axis.CALENDAR, firstMonth, out);
  }

  /** Month bounds of the calendar axis, shared by every person of an extract (cached). */
  private record Bounds(YearMonth first, YearMonth last, long[] days) {}

  private volatile Bounds calendar;

  private long[] calendarBounds(YearMonth first, YearMonth last) {
    Bounds cached = calendar;
    if (cached != null && first.equals(cached.first()) && last.equals(cached.last())) return cached.days();
    int n = Math.max(0, (int) (last.getYear() * 12L + last.getMonthValue() - first.getYear() * 12L - first.getMonthValue()) + 1);
    long[] bounds = new long[n + 1];
    for (int k = 0; k <= n; k++) bounds[k] = first.plusMonths(k).atDay(1).toEpochDay();
    calendar = new Bounds(first, last, bounds);
    return bounds;
  }

  /**
   * Epoch day of year-month-day with the day clamped to the month's length: the same value as
   * {@code LocalDate.of(y, m, 1).plusMonths(…)} semantics of {@link LocalDate#plusMonths}, without allocation.
   */
  static long epochDay(int year, int month, int day) {
    int len = month == 2 ? (java.time.Year.isLeap(year) ? 29 : 28) : month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    int dd = Math.min(day, len);
    long y = year;
    long total = 365 * y;
    if (y >= 0) total += (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
    else total -= y / -4 - y / -100 + y / -400;
    total += (367 * month - 362) / 12;
    total += dd - 1;
    if (month > 2) {
      total--;
      if (!java.time.Year.isLeap(year)) total--;
    }
    return total - 719528L;
  }

  /** Month k covers days [bounds[k], bounds[k+1]). */
  void fill(List<Spell> spells, long first, long last, long[] bounds, byte[] out) {
    int[] days = new int[alphabet.size()];
    long[] s0 = new long[spells.size()];
    long[] s1 = new long[spells.size()];
    int[] st = new int[spells.size()];
    for (int i = 0; i < spells.size(); i++) {
      Spell s = spells.get(i);
      s0[i] = s.start().toEpochDay();
      s1[i] = s.end().toEpochDay();
      st[i] = alphabet.indexOf(s.state());
    }
    int p = 0;
    for (int k = 0; k < out.length; k++) {
      long ms = Math.max(bounds[k], first);
      long me = Math.min(bounds[k + 1] - 1, last);
      if (ms > me) {
        out[k] = MonthlySequence.MISSING;
        continue;
      }
      while (p < s1.length && s1[p] < ms) p++;
      int best = -1;
      int bestDays = 0;
      for (int i = p; i < s1.length && s0[i] <= me; i++) {
        int d = (int) (Math.min(me, s1[i]) - Math.max(ms, s0[i]) + 1);
        int state = st[i];
        days[state] += d;
      }
      for (int i = p; i < s1.length && s0[i] <= me; i++) {
        int state = st[i];
        int d = days[state];
        if (d == 0) continue;
        if (best < 0 || d > bestDays || (d == bestDays && better(state, best))) {
          best = state;
          bestDays = d;
        }
      }
      for (int i = p; i < s1.length && s0[i] <= me; i++) days[st[i]] = 0;
      out[k] = best < 0 ? MonthlySequence.MISSING : (byte) best;
    }
  }

  private boolean better(int a, int b) {
    if (alphabet.priority(a) != alphabet.priority(b)) return alphabet.priority(a) > alphabet.priority(b);
    return a < b;
  }
}
