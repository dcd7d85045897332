package fr.parcours.ingest.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Simulates one person ever known to child protection, from a generator seeded by (seed, index)
 * so that persons are independent of each other and of the chunking: first contact date and age,
 * sex, MNA status, territory, identity, then childhood care ({@link CareSimulator}), the young
 * adult years and later records ({@link AdultSimulator}), and finally the observation cut
 * ({@link Observation}) at the extract date or death.
 */
final class PersonSimulator {
  static final LocalDate FIRST_EVENT = LocalDate.of(1990, 1, 1);
  static final LocalDate FIRST_BIRTH = LocalDate.of(1972, 1, 1);
  /** Share of persons who die before the end of the simulated life span (rare). */
  static final double DEATH_SHARE = 0.006;

  private final LocalDate extractDate;
  private final SimulationData data = SimulationData.INSTANCE;
  private final WeightedChoice<Integer> years;
  private final WeightedChoice<SimulationData.Territory> territories;
  private final long[] yearEnd;

  PersonSimulator(LocalDate extractDate) {
    this.extractDate = extractDate;
    List<Integer> ys = new ArrayList<>();
    int last = extractDate.getYear();
    double[] w = new double[last - FIRST_EVENT.getYear() + 1];
    yearEnd = new long[w.length];
    for (int y = FIRST_EVENT.getYear(); y <= last; y++) {
      int i = y - FIRST_EVENT.getYear();
      ys.add(y);
      LocalDate end = y == last ? extractDate : LocalDate.of(y, 12, 31);
      yearEnd[i] = end.toEpochDay();
      w[i] = data.year(y).entryWeight() * (end.getDayOfYear() / (double) end.lengthOfYear());
    }
    years = new WeightedChoice<>(ys, w);
    double[] tw = new double[data.territories.size()];
    for (int i = 0; i < tw.length; i++) {
      tw[i] = data.territories.get(i).populationWeight() * data.territories.get(i).ipMultiplier();
    }
    territories = new WeightedChoice<>(data.territories, tw);
  }

  SimPerson simulate(int index, long seed) {
    SplittableRandom rng = new SplittableRandom(Draws.seed(seed, index, 0));
    SimPerson p = new SimPerson(index);
    int year = years.draw(rng);
    long yearStart = LocalDate.of(year, 1, 1).toEpochDay();
    long contact = Draws.uniformDays(rng, yearStart, yearEnd[year - FIRST_EVENT.getYear()]);
    p.mna = Draws.chance(rng, data.year(year).mnaShare());
    boolean male = Draws.chance(rng, p.mna ? 0.93 : 0.55);
    p.sex = male ? Codes.MALE : Codes.FEMALE;
    long age = p.mna ? ageOfMna(rng) : ageOfChild(rng);
    long birth = contact - age;
    long minBirth = FIRST_BIRTH.toEpochDay();
    if (birth < minBirth) birth = Draws.uniformDays(rng, Math.max(minBirth, contact - 18 * 365), contact);
    p.birth = LocalDate.ofEpochDay(birth);
    p.firstContact = LocalDate.ofEpochDay(contact);
    SimulationData.Territory territory = territories.draw(rng);
    p.territory = territory.code();
    if (Draws.chance(rng, DEATH_SHARE)) {
      p.death = LocalDate.ofEpochDay(Draws.uniformDays(rng, contact, contact + 40 * 365));
    }
    boolean adultWoman = !male && extractDate.isAfter(p.birth.plusYears(22));
    p.identity = Names.INSTANCE.draw(rng, male, p.mna, adultWoman);

    Timeline timeline = new Timeline(birth);
    new CareSimulator(p, rng, timeline, territory).run(contact);
    new AdultSimulator(p, rng, timeline).run();
    Observation.cut(p, timeline, extractDate);
    return p;
  }

  /** Age at first contact in days: newborns, young children, school age, teenagers. */
  private static long ageOfChild(SplittableRandom rng) {
    double u = rng.nextDouble();
    if (u < 0.17) return rng.nextInt(365);
    if (u < 0.37) return Draws.uniformDays(rng, 365, 6 * 365);
    if (u < 0.62) return Draws.uniformDays(rng, 6 * 365, 12 * 365);
    return Draws.uniformDays(rng, 12 * 365, 17 * 365 + 300);
  }

  /** MNA arrive aged 15 to 17. */
  private static long ageOfMna(SplittableRandom rng) {
    double u = rng.nextDouble();
    int years = u < 0.2 ? 15 : u < 0.65 ? 16 : 17;
    return (long) (years * 365.25) + rng.nextInt(330);
  }
}
