package fr.parcours.privacy.convention;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What happens to one canonical field before it leaves: dropped, replaced by a keyed pseudonym,
 * generalised (a date to its month or year, a commune to its territory), or kept. A field the
 * convention does not name is dropped.
 *
 * @param level for {@link Action#GENERALISE} the target level, else null
 */
public record FieldPolicy(Action action, Level level) {
  public static final FieldPolicy DROP = new FieldPolicy(Action.DROP, null);
  public static final FieldPolicy KEEP = new FieldPolicy(Action.KEEP, null);
  public static final FieldPolicy PSEUDONYMISE = new FieldPolicy(Action.PSEUDONYMISE, null);

  public FieldPolicy {
    Objects.requireNonNull(action);
    if ((action == Action.GENERALISE) != (level != null)) throw new IllegalArgumentException("a level goes with GENERALISE only");
  }

  public static FieldPolicy generalise(Level level) {
    return new FieldPolicy(Action.GENERALISE, level);
  }

  public boolean exported() {
    return action != Action.DROP;
  }

  /** The French word used in convention files. */
  public String label() {
    return switch (action) {
      case DROP -> "supprimer";
      case KEEP -> "garder";
      case PSEUDONYMISE -> "pseudonymiser";
      case GENERALISE -> "généraliser (" + level.word() + ")";
    };
  }

  public enum Action {
    DROP, PSEUDONYMISE, GENERALISE, KEEP
  }

  /**
   * Generalisation levels: those of a date, from finest to coarsest ({@link #DAY} to
   * {@link #SUPPRESSED}), then {@link #TERRITORY}, the one level of a commune (its territory code,
   * through {@link CommuneTerritories}), which is not a date level and never becomes coarser.
   */
  public enum Level {
    DAY("jour"), MONTH("mois"), YEAR("annee"), FIVE_YEARS("periode_5ans"), SUPPRESSED("masque"), TERRITORY("territoire");

    private final String word;

    Level(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }

    /** True for the levels of a date. */
    public boolean date() {
      return this != TERRITORY;
    }

    public Level coarser() {
      return this == SUPPRESSED || this == TERRITORY ? this : values()[ordinal() + 1];
    }

    /** The date at this level, as text: 2005-03-12, 2005-03, 2005, 2005-2009, or null when masked. */
    public String apply(LocalDate d) {
      if (d == null) return null;
      return switch (this) {
        case DAY -> d.toString();
        case MONTH -> d.getYear() + "-" + (d.getMonthValue() < 10 ? "0" : "") + d.getMonthValue();
        case YEAR -> Integer.toString(d.getYear());
        case FIVE_YEARS -> {
          int y = d.getYear() - Math.floorMod(d.getYear(), 5);
          yield y + "-" + (y + 4);
        }
        case SUPPRESSED -> null;
        case TERRITORY -> throw new IllegalStateException("a commune is generalised by CommuneTerritories, not as a date");
      };
    }

    public static java.util.Optional<Level> byWord(String w) {
      for (Level l : values()) if (l.word.equals(w) || (l == YEAR && "année".equals(w))) return java.util.Optional.of(l);
      return java.util.Optional.empty();
    }
  }
}
