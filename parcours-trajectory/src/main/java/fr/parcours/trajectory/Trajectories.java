package fr.parcours.trajectory;

import fr.parcours.model.PersonRecords;
import fr.parcours.trajectory.indicator.IndicatorCalculator;
import fr.parcours.trajectory.indicator.PersonIndicators;
import fr.parcours.trajectory.sequence.MonthlyRule;
import fr.parcours.trajectory.spell.SpellBuilder;
import fr.parcours.trajectory.spell.StateAlphabet;
import fr.parcours.trajectory.spell.Timeline;
import fr.parcours.trajectory.spell.TrajectorySettings;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The module's entry point: pure per-person functions from a person's records and the extract
 * date to their {@link Trajectory} and {@link PersonIndicators}. Immutable and thread-safe: one
 * instance serves every thread of an engine (local or Spark).
 */
public final class Trajectories {
  private final TrajectorySettings settings;
  private final StateAlphabet alphabet;
  private final SpellBuilder spells;
  private final MonthlyRule months;
  private final IndicatorCalculator indicators;

  public Trajectories(TrajectorySettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.alphabet = StateAlphabet.DEFAULT;
    this.spells = new SpellBuilder(alphabet, settings);
    this.months = new MonthlyRule(alphabet);
    this.indicators = new IndicatorCalculator(alphabet);
  }

  public TrajectorySettings settings() {
    return settings;
  }

  public StateAlphabet alphabet() {
    return alphabet;
  }

  /** Spells, episodes, flags and both monthly sequences. */
  public Trajectory build(PersonRecords records, LocalDate extractDate) {
    Timeline t = spells.build(records, extractDate);
    return new Trajectory(t, months.byAge(t), months.byCalendar(t, YearMonth.from(settings.calendarStart())));
  }

  /** Spells, episodes and flags only (no monthly sequences). */
  public Timeline timeline(PersonRecords records, LocalDate extractDate) {
    return spells.build(records, extractDate);
  }

  /** The indicators of a person whose trajectory is already built. */
  public PersonIndicators indicators(PersonRecords records, Trajectory trajectory) {
    return indicators.compute(records, trajectory);
  }

  /** The monthly rule, to apply to other spells (the generator's truth) exactly as to rebuilt ones. */
  public MonthlyRule monthlyRule() {
    return months;
  }
}
