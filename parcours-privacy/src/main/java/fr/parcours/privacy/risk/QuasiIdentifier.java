package fr.parcours.privacy.risk;

import fr.parcours.privacy.convention.FieldPolicy.Level;
import java.time.LocalDate;

/**
 * A quasi-identifier column and how far it may be generalised. Dates climb the hierarchy
 * day → month → year → 5-year period; other values (sex, flags, a commune already generalised to
 * its territory code by the caller) are categories, never coarsened here.
 *
 * @param initial the level the convention asks for ({@link Level#DAY} for a kept date; null for non-dates)
 * @param coarsest the coarsest level the automatic step may reach (null for non-dates)
 */
public record QuasiIdentifier(String name, boolean date, Level initial, Level coarsest) {
  public QuasiIdentifier {
    if (date && (initial == null || coarsest == null || initial.ordinal() > coarsest.ordinal())) throw new IllegalArgumentException("bad levels");
  }

  public static QuasiIdentifier date(String name, Level initial) {
    Level coarsest = initial.ordinal() > Level.FIVE_YEARS.ordinal() ? initial : Level.FIVE_YEARS;
    return new QuasiIdentifier(name, true, initial, coarsest);
  }

  public static QuasiIdentifier category(String name) {
    return new QuasiIdentifier(name, false, null, null);
  }

  /** The value at {@code level}: a date as text at that level, anything else as text; "" for null. */
  public String render(Object value, Level level) {
    if (value == null) return "";
    if (date) {
      String s = level.apply((LocalDate) value);
      return s == null ? "" : s;
    }
    return value.toString();
  }
}
