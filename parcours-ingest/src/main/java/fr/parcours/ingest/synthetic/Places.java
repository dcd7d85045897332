package fr.parcours.ingest.synthetic;

import fr.parcours.model.Measure;
import fr.parcours.model.Placement;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Places of care of a placement chain. A child stays in a place for an exponential time whose mean
 * depends on the place type (lieux-simulation.csv) divided by a personal instability factor
 * (gamma, mean 1): unstable children change place often. Places cover the chain without gaps; a
 * place that spans a measure relay (OPP → PJ) is split into one record per measure, with the same
 * type, and that split is not a change of place. Each place reports its state to the timeline.
 */
final class Places {
  /** Minimum stay in a place, in days (a night in an emergency shelter is not recorded). */
  static final long MIN_STAY = 14;
  /** Department code of places inside the métropole; some places lie in neighbouring ones. */
  static final String HOME_DEPARTEMENT = "999";
  private static final String[] OTHER_DEPARTEMENTS = {"01", "38", "42", "71"};

  private final SimPerson p;
  private final SplittableRandom rng;
  private final Timeline timeline;
  private final double instability;
  private final SimulationData data = SimulationData.INSTANCE;

  Places(SimPerson p, SplittableRandom rng, Timeline timeline) {
    this.p = p;
    this.rng = rng;
    this.timeline = timeline;
    this.instability = -0.5 * (Math.log(1 - rng.nextDouble()) + Math.log(1 - rng.nextDouble()));
  }

  /** Places over a chain of consecutive placement measures. */
  void placeChain(List<Measure> chain, int ageAtStart) {
    long chainStart = chain.get(0).startDate().toEpochDay();
    long chainEnd = chain.get(chain.size() - 1).endDate().toEpochDay();
    long pos = chainStart;
    String previous = null;
    long birth = p.birth.toEpochDay();
    while (pos <= chainEnd) {
      Measure current = at(chain, pos);
      String type;
      long end;
      if (current.measureType().equals(Codes.TDC)) {
        type = Codes.PLACE_TDC;
        end = current.endDate().toEpochDay();
      } else {
        int age = (int) ((pos - birth) / 365.25);
        String column = p.mna ? "mna" : previous == null && current.measureType().equals(Codes.OPP) ? "urgence"
            : SimulationData.ageColumn(age);
        type = data.placeChoice.get(column).draw(rng);
        long stay = Math.max(MIN_STAY, Draws.exponentialDays(rng, data.meanStayDays.get(type) / Math.max(0.15, instability)));
        end = p.placeSeq > 400 ? chainEnd : Math.min(chainEnd, pos + stay - 1);
        if (chainEnd - end < MIN_STAY) end = chainEnd;
      }
      record(chain, type, pos, end);
      previous = type;
      pos = end + 1;
    }
  }

  /** Places of a CJM: none (support without housing), one, or two. */
  void placeYoungAdult(Measure cjm) {
    if (!Draws.chance(rng, 0.75)) return;
    long s = cjm.startDate().toEpochDay();
    long e = cjm.endDate().toEpochDay();
    String column = p.mna ? "mna" : "cjm";
    if (e - s > 120 && Draws.chance(rng, 0.35)) {
      long cut = Draws.uniformDays(rng, s + 30, e - 30);
      record(List.of(cjm), data.placeChoice.get(column).draw(rng), s, cut);
      record(List.of(cjm), data.placeChoice.get("cjm").draw(rng), cut + 1, e);
    } else {
      record(List.of(cjm), data.placeChoice.get(column).draw(rng), s, e);
    }
  }

  private void record(List<Measure> chain, String type, long start, long end) {
    String departement = Draws.chance(rng, 0.88) ? HOME_DEPARTEMENT : OTHER_DEPARTEMENTS[rng.nextInt(OTHER_DEPARTEMENTS.length)];
    for (Measure m : chain) {
      long ms = m.startDate().toEpochDay();
      long me = m.endDate().toEpochDay();
      long s = Math.max(ms, start);
      long e = Math.min(me, end);
      if (s > e) continue;
      p.placements.add(new Placement(Ids.record("LA", p.index, p.placeSeq++), m.measureId(), p.sourceId, type,
          LocalDate.ofEpochDay(s), LocalDate.ofEpochDay(e), departement));
    }
    if (!Codes.CJM.equals(chain.get(0).measureType())) {
      timeline.enter(Codes.placeState(type), start, end);
    }
  }

  private static Measure at(List<Measure> chain, long day) {
    for (Measure m : chain) {
      if (m.endDate().toEpochDay() >= day) return m;
    }
    return chain.get(chain.size() - 1);
  }
}
