package fr.parcours.trajectory.indicator;

/**
 * The value of a yes/no indicator with its censoring made explicit: what could not be observed
 * (the window is not over at the extract date, or the person died before its end) is never a "no".
 */
public enum Status {
  YES("OUI", "oui"),
  NO("NON", "non"),
  /** The observation window is not complete at the extract date (or ended by death). */
  CENSORED("NON_OBSERVABLE", "non observable"),
  /** The person is not in the indicator's population. */
  NOT_APPLICABLE("NON_CONCERNE", "non concerné");

  private final String code;
  private final String label;

  Status(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** YES or NO when observed, CENSORED otherwise. */
  static Status of(boolean value, boolean observable) {
    return !observable ? CENSORED : value ? YES : NO;
  }
}
