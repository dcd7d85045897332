package fr.parcours.trajectory.sequence;

import fr.parcours.trajectory.spell.StateAlphabet;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Objects;

/**
 * A monthly state sequence on one axis: {@code states[k]} is the index (in {@link StateAlphabet})
 * of the state of month k, or {@link #MISSING} when month k was not observed (before the
 * timeline, after the extract date or the death, or the person unborn).
 *
 * @param firstMonth first calendar month for {@link Axis#CALENDAR}; null for {@link Axis#AGE}
 *     (month 0 is the month from birth)
 */
public record MonthlySequence(Axis axis, YearMonth firstMonth, byte[] states) {
  public static final byte MISSING = -1;

  public MonthlySequence {
    Objects.requireNonNull(axis, "axis");
    Objects.requireNonNull(states, "states");
  }

  public int length() {
    return states.length;
  }

  /** State index of month k, or {@link #MISSING}. */
  public int state(int k) {
    return states[k];
  }

  /** True when every month is observed. */
  public boolean complete() {
    for (byte b : states) if (b == MISSING) return false;
    return true;
  }

  /**
   * The sequence in TraMineR's SPS notation, {@code (NC,12)-(IP,3)-…}, missing months as
   * {@code (*,n)}: what the workspace stores (compact, readable by {@code seqdef(…, informat = "SPS")}).
   */
  public String toSps(StateAlphabet alphabet) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < states.length) {
      int j = i;
      while (j + 1 < states.length && states[j + 1] == states[i]) j++;
      if (sb.length() > 0) sb.append('-');
      sb.append('(').append(states[i] == MISSING ? "*" : alphabet.code(states[i])).append(',').append(j - i + 1).append(')');
      i = j + 1;
    }
    return sb.toString();
  }

  /** Reads {@link #toSps} back. */
  public static byte[] parseSps(String sps, StateAlphabet alphabet) {
    byte[] buf = new byte[64];
    int n = 0;
    if (sps == null || sps.isEmpty()) return new byte[0];
    for (String part : sps.split("-")) {
      int comma = part.lastIndexOf(',');
      String code = part.substring(1, comma);
      int count = Integer.parseInt(part.substring(comma + 1, part.length() - 1));
      byte s = code.equals("*") ? MISSING : (byte) alphabet.indexOf(code);
      if (n + count > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + count));
      Arrays.fill(buf, n, n + count, s);
      n += count;
    }
    return Arrays.copyOf(buf, n);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MonthlySequence m && m.axis == axis && Objects.equals(m.firstMonth, firstMonth) && Arrays.equals(m.states, states);
  }

  @Override
  public int hashCode() {
    return Objects.hash(axis, firstMonth, Arrays.hashCode(states));
  }

  @Override
  public String toString() {
    return "MonthlySequence[" + axis + ", " + firstMonth + ", " + states.length + " mois]";
  }
}
