package fr.parcours.stats.survival;

/** Event-status coding, as R's {@code survival::Surv(time, event)} accepts it. */
public final class SurvStatus {
  private SurvStatus() {}

  /**
   * Converts a numeric status vector to 0 = censored / 1 = event, following R's {@code Surv}: if
   * the largest value is 2, the coding is taken as 1 = censored, 2 = event and one is subtracted;
   * afterwards every value must be 0 or 1.
   *
   * @param status raw status values (no NaN)
   * @return a new array of 0/1 values
   * @throws IllegalArgumentException on a NaN or a value outside 0/1 (or 1/2)
   */
  public static int[] normalise(double[] status) {
    double max = Double.NEGATIVE_INFINITY;
    for (double s : status) {
      if (Double.isNaN(s)) {
        throw new IllegalArgumentException("status contains NaN");
      }
      max = Math.max(max, s);
    }
    double shift = max == 2 ? 1 : 0;
    int[] out = new int[status.length];
    for (int i = 0; i < status.length; i++) {
      double v = status[i] - shift;
      if (v != 0 && v != 1) {
        throw new IllegalArgumentException(
            "invalid status value " + status[i] + " at index " + i + ": must be 0/1 or 1/2");
      }
      out[i] = (int) v;
    }
    return out;
  }
}
