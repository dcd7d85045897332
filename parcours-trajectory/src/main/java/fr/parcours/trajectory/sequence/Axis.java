package fr.parcours.trajectory.sequence;

/** The two time axes of monthly sequences. */
public enum Axis {
  /** Month k = from the k-th monthly birthday (included) to the next one (excluded); k = 0 … 251 (birth to 21). */
  AGE("AGE", "âge en mois"),
  /** Calendar months, from the settings' first month to the month of the extract date. */
  CALENDAR("CALENDRIER", "mois calendaires");

  private final String code;
  private final String label;

  Axis(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** Code stored in the workspace ({@code AGE}, {@code CALENDRIER}). */
  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** Months of the age axis: birth to the 21st birthday. */
  public static final int AGE_MONTHS = 21 * 12;
}
