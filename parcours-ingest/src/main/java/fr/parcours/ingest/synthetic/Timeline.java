package fr.parcours.ingest.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulation's own state machine output: the simulator calls {@link #enter} each time the
 * person's state changes, in chronological order, and the timeline fills the gaps by the stated
 * rules (NC before the first contact, SORTI between and after periods of care), clips at the end
 * of observation and merges adjacent spells of the same state. Days are epoch days; ends inclusive.
 */
final class Timeline {
  private final long birth;
  private final List<String> states = new ArrayList<>();
  private final List<long[]> spans = new ArrayList<>();

  Timeline(long birth) {
    this.birth = birth;
  }

  /** The person is in {@code state} from {@code start} to {@code end} inclusive. */
  void enter(String state, long start, long end) {
    long last = spans.isEmpty() ? birth - 1 : spans.get(spans.size() - 1)[1];
    if (start <= last) {
      throw new IllegalStateException("état " + state + " commence avant la fin de l'état précédent");
    }
    if (start > last + 1) add(spans.isEmpty() ? Codes.S_NC : Codes.S_OUT, last + 1, start - 1);
    add(state, start, end);
  }

  /** Day after the last recorded state, or the birth day when none. */
  long next() {
    return spans.isEmpty() ? birth : spans.get(spans.size() - 1)[1] + 1;
  }

  private void add(String state, long start, long end) {
    int n = states.size();
    if (n > 0 && states.get(n - 1).equals(state) && spans.get(n - 1)[1] + 1 == start) {
      spans.get(n - 1)[1] = end;
    } else {
      states.add(state);
      spans.add(new long[] {start, end});
    }
  }

  /**
   * The spells up to {@code lastDay} inclusive (the extract date, or the death date when earlier):
   * SORTI fills the time after the last period of care (NC when nothing happened yet).
   */
  List<Spell> spells(long lastDay) {
    long last = spans.isEmpty() ? birth - 1 : spans.get(spans.size() - 1)[1];
    if (last < lastDay) add(spans.isEmpty() ? Codes.S_NC : Codes.S_OUT, last + 1, lastDay);
    List<Spell> out = new ArrayList<>(states.size());
    for (int i = 0; i < states.size(); i++) {
      long s = spans.get(i)[0];
      if (s > lastDay) break;
      long e = Math.min(spans.get(i)[1], lastDay);
      out.add(new Spell(states.get(i), LocalDate.ofEpochDay(s), LocalDate.ofEpochDay(e)));
    }
    return out;
  }
}
