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
    for (int k = 0; k <= Axis.AGE_MONTHS; k++) bounds[k] = b.plusMonths(k).toEpochDay();
    fill(t.spells(), t.firstDay().toEpochDay(), t.lastDay().toEpochDay(), bounds, out);
    return new MonthlySequence(Axis.AGE, null, out);
  }

  /** Calendar axis: from {@code firstMonth} to the month of the extract date. */
  public MonthlySequence byCalendar(Timeline t, YearMonth firstMonth) {
    YearMonth lastMonth = YearMonth.from(t.extractDate());
    int n = Math.max(0, (int) (lastMonth.getYear() * 12L + lastMonth.getMonthValue() - firstMonth.getYear() * 12L - firstMonth.getMonthValue()) + 1);
    long[] bounds = new long[n + 1];
    for (int k = 0; k <= n; k++) bounds[k] = firstMonth.plusMonths(k).atDay(1).toEpochDay();
    byte[] out = new byte[n];
    fill(t.spells(), t.firstDay().toEpochDay(), t.lastDay().toEpochDay(), bounds, out);
    return new MonthlySequence(Axis.CALENDAR, firstMonth, out);
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
