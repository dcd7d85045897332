package fr.parcours.ingest.synthetic;

import fr.parcours.model.ConcernReport;
import fr.parcours.model.Measure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Childhood care as a small state machine: IP → outcome → at-home measure or placement chain →
 * relay, end, or re-entry through a new IP, until the 18th birthday. Measures never overlap in the
 * truth: a relay starts the day after the previous measure ends. Each step reports its state to the
 * {@link Timeline} as it happens. A placement chain that covers the 17½ birthday lasts to the day
 * before the 18th birthday (end reason MAJORITE), so that the planted CJM population is well defined.
 */
final class CareSimulator {
  private enum Kind { IP, HOME, PLACEMENT, DONE }

  private final SimPerson p;
  private final SplittableRandom rng;
  private final Timeline timeline;
  private final SimulationData.Territory territory;
  private final long d17h;
  private final long lastMinorDay;
  private final double severity;
  private final Places places;

  private Kind nextKind;
  private String nextType;
  private long nextDay;

  CareSimulator(SimPerson p, SplittableRandom rng, Timeline timeline, SimulationData.Territory territory) {
    this.p = p;
    this.rng = rng;
    this.timeline = timeline;
    this.territory = territory;
    this.d17h = p.birth.plusMonths(210).toEpochDay();
    this.lastMinorDay = p.birth.plusYears(18).toEpochDay() - 1;
    this.severity = rng.nextGaussian() + (p.mna ? 1.0 : 0.0);
    this.places = new Places(p, rng, timeline);
  }

  void run(long contact) {
    nextKind = p.mna || Draws.chance(rng, 0.93) ? Kind.IP : Kind.PLACEMENT;
    nextType = Draws.chance(rng, 0.5) ? Codes.OPP : Codes.AP;
    nextDay = contact;
    int guard = 0;
    while (nextKind != Kind.DONE && nextDay < lastMinorDay && guard++ < 40) {
      Kind kind = nextKind;
      long day = nextDay;
      String type = nextType;
      nextKind = Kind.DONE;
      switch (kind) {
        case IP -> report(day);
        case HOME -> home(type, day);
        case PLACEMENT -> placement(type, day);
        default -> throw new IllegalStateException();
      }
    }
  }

  private void report(long day) {
    long eval = p.mna ? 3 + rng.nextInt(28) : 10 + Math.min(290, Draws.exponentialDays(rng, 55));
    long out = Math.min(day + eval, lastMinorDay);
    String outcome;
    double u = rng.nextDouble();
    double pSignal = Math.min(0.7, 0.26 * Math.exp(0.35 * severity) * territory.placementMultiplier());
    if (p.mna) outcome = Codes.IP_PROSECUTOR;
    else if (out == lastMinorDay) outcome = Codes.IP_CLOSED;
    else if (u < pSignal) outcome = Codes.IP_PROSECUTOR;
    else if (u < pSignal + 0.29) outcome = Codes.IP_ADM;
    else outcome = Codes.IP_CLOSED;
    p.reports.add(new ConcernReport(Ids.record("IP", p.index, p.ipSeq++), p.sourceId, date(day),
        ReportDraws.origin(p.mna, rng), ReportDraws.dangers(p.mna, rng), date(out), outcome));
    timeline.enter(Codes.S_IP, day, out);
    double placementBias = placementBias();
    if (outcome.equals(Codes.IP_CLOSED)) {
      reenter(out, 0.32);
    } else if (outcome.equals(Codes.IP_ADM)) {
      double v = rng.nextDouble();
      double pAp = Math.min(0.6, 0.30 * placementBias);
      then(v < pAp ? Kind.PLACEMENT : Kind.HOME,
          v < pAp ? Codes.AP : v < pAp + 0.08 ? Codes.AESF : v < pAp + 0.14 ? Codes.TISF : Codes.AED, out + 1);
    } else if (p.mna) {
      then(Kind.PLACEMENT, Codes.OPP, out + 1);
    } else if (Draws.chance(rng, 0.10)) {
      reenter(out, 0.30);
    } else {
      double v = rng.nextDouble();
      double pPlace = Math.min(0.75, 0.30 * placementBias);
      if (v < pPlace) then(Kind.PLACEMENT, Draws.chance(rng, 0.7) ? Codes.OPP : Codes.PJ, out + 1);
      else if (v < pPlace + 0.18) then(Kind.HOME, Codes.MJIE, out + 1);
      else then(Kind.HOME, Codes.AEMO, out + 1);
    }
  }

  private void home(String type, long day) {
    long dur;
    if (type.equals(Codes.AED)) dur = Draws.lognormalDays(rng, 11 * Draws.MONTH, 0.5);
    else if (type.equals(Codes.AEMO)) dur = Draws.lognormalDays(rng, 20 * Draws.MONTH, 0.6);
    else if (type.equals(Codes.MJIE)) dur = Draws.uniformDays(rng, 150, 210);
    else dur = Draws.lognormalDays(rng, 8 * Draws.MONTH, 0.5);
    long end = day + Math.max(30, dur) - 1;
    String nature = Codes.usualNature(type);
    double placementBias = placementBias();
    String reason;
    if (end >= lastMinorDay) {
      end = lastMinorDay;
      reason = Codes.END_MAJORITY;
    } else {
      double v = rng.nextDouble();
      if (type.equals(Codes.AED)) {
        if (v < 0.12) then(Kind.HOME, Codes.AEMO, end + 1);
        else if (v < 0.12 + 0.08 * placementBias) then(Kind.PLACEMENT, Draws.chance(rng, 0.75) ? Codes.AP : Codes.OPP, end + 1);
      } else if (type.equals(Codes.AEMO)) {
        if (v < 0.16 * placementBias) then(Kind.PLACEMENT, Draws.chance(rng, 0.6) ? Codes.PJ : Codes.OPP, end + 1);
        else if (v < 0.16 * placementBias + 0.10) then(Kind.HOME, Codes.AEMO, end + 1);
      } else if (type.equals(Codes.MJIE)) {
        if (v < 0.45) then(Kind.HOME, Codes.AEMO, end + 1);
        else if (v < 0.45 + 0.22 * placementBias) then(Kind.PLACEMENT, Codes.PJ, end + 1);
      } else if (v < 0.15) {
        then(Kind.HOME, Codes.AED, end + 1);
      }
      if (nextKind != Kind.DONE) {
        reason = Codes.END_RELAY;
      } else {
        reason = endReason(nature);
        reenter(end, 0.30);
      }
    }
    p.measures.add(measure(type, nature, day, end, reason));
    timeline.enter(Codes.homeState(nature), day, end);
  }

  /** Propensity to be placed rather than helped at home: territory, severity, and boys slightly less. */
  private double placementBias() {
    return territory.placementMultiplier() * Math.exp(0.3 * severity) * (Codes.MALE.equals(p.sex) ? 0.85 : 1.0);
  }

  private String endReason(String nature) {
    double v = rng.nextDouble();
    if (v < 0.06) return Codes.END_MOVE;
    if (v < 0.10) return Codes.END_BREAK;
    if (Codes.JUD.equals(nature)) return v < 0.60 ? Codes.END_RELEASE : Codes.END_TERM;
    return v < 0.75 ? Codes.END_TERM : Codes.END_FAMILY;
  }

  /** A chain of placement measures (OPP → PJ → PJ renewals…), its places, then what follows. */
  private void placement(String type, long day) {
    List<Segment> chain = new ArrayList<>();
    long s = day;
    boolean toPj = false;
    double stay = Math.exp(0.25 * severity);
    int ageYears = (int) ((day - p.birth.toEpochDay()) / 365.25);
    if (type.equals(Codes.OPP) || type.equals(Codes.AP)) {
      long dur = type.equals(Codes.OPP) ? Draws.uniformDays(rng, 15, 180)
          : Math.max(20, Draws.lognormalDays(rng, 14 * Draws.MONTH * stay, 0.8));
      chain.add(new Segment(type, s, s + dur - 1));
      s += dur;
      toPj = Draws.chance(rng, type.equals(Codes.OPP) ? (p.mna ? 0.5 : 0.85) : 0.15);
      if (p.mna && !toPj) {
        chain.add(new Segment(Codes.TUTELLE, s, lastMinorDay));
      }
    } else if (type.equals(Codes.PJ)) {
      toPj = true;
    } else {
      chain.add(new Segment(type, s, lastMinorDay));
    }
    if (toPj) {
      long total = Math.max(60, Draws.lognormalDays(rng, 22 * Draws.MONTH * stay, 0.9));
      while (total > 0) {
        long len = Math.min(730, total);
        chain.add(new Segment(Codes.PJ, s, s + len - 1));
        s += len;
        total -= len;
      }
    }
    if (chain.isEmpty()) return;
    // some placements are TDC, DAP, tutelle or pupille instead (rare)
    if (!p.mna && type.equals(Codes.PJ)) rareStatus(chain, ageYears);
    boolean adult = false;
    for (int i = 0; i < chain.size(); i++) {
      if (chain.get(i).end >= lastMinorDay) {
        chain.get(i).end = lastMinorDay;
        chain.subList(i + 1, chain.size()).clear();
        adult = true;
        break;
      }
    }
    Segment last = chain.get(chain.size() - 1);
    if (!adult && chain.get(0).start <= d17h && last.end >= d17h) {
      last.end = lastMinorDay;
      adult = true;
    }
    String lastReason;
    if (adult) {
      lastReason = Codes.END_MAJORITY;
    } else if (last.type.equals(Codes.PUPILLE) && ageYears < 3) {
      lastReason = Codes.END_ADOPTION;
    } else if (Draws.chance(rng, 0.25)) {
      lastReason = Codes.END_RELAY;
      then(Kind.HOME, Codes.AEMO, last.end + 1);
    } else {
      lastReason = Codes.JUD.equals(Codes.usualNature(last.type)) && Draws.chance(rng, 0.45)
          ? Codes.END_RELEASE : endReasonPlacement();
      reenter(last.end, 0.30);
    }
    List<Measure> made = new ArrayList<>();
    for (int i = 0; i < chain.size(); i++) {
      Segment g = chain.get(i);
      Measure m = measure(g.type, Codes.usualNature(g.type), g.start, g.end,
          i == chain.size() - 1 ? lastReason : Codes.END_RELAY);
      p.measures.add(m);
      made.add(m);
    }
    places.placeChain(made, ageYears);
  }

  private String endReasonPlacement() {
    double v = rng.nextDouble();
    if (v < 0.07) return Codes.END_MOVE;
    if (v < 0.13) return Codes.END_BREAK;
    return Codes.END_FAMILY;
  }

  private void rareStatus(List<Segment> chain, int ageYears) {
    double v = rng.nextDouble();
    Segment first = chain.get(0);
    String rare = null;
    if (v < 0.06) rare = Codes.TDC;
    else if (v < 0.075) rare = Codes.DAP;
    else if (v < 0.095) rare = Codes.TUTELLE;
    else if (v < 0.11 && ageYears < 3) rare = Codes.PUPILLE;
    if (rare == null) return;
    long end = rare.equals(Codes.TDC) ? chain.get(chain.size() - 1).end
        : rare.equals(Codes.PUPILLE) && Draws.chance(rng, 0.7)
            ? first.start + Draws.uniformDays(rng, 365, 1100) : lastMinorDay;
    chain.clear();
    chain.add(new Segment(rare, first.start, end));
  }

  private Measure measure(String type, String nature, long start, long end, String reason) {
    String maker = Codes.ADM.equals(nature) ? Codes.PCD
        : type.equals(Codes.TUTELLE) ? Codes.JT
        : type.equals(Codes.OPP) && Draws.chance(rng, 0.3) ? Codes.PARQUET : Codes.JE;
    return new Measure(Ids.record("MES", p.index, p.measureSeq++), p.sourceId, type, nature, maker, date(start), date(end), reason,
        p.territory);
  }

  private void then(Kind kind, String type, long day) {
    nextKind = kind;
    nextType = type;
    nextDay = day;
  }

  private void reenter(long lastDay, double probability) {
    if (Draws.chance(rng, probability)) {
      then(Kind.IP, null, lastDay + 30 + Draws.exponentialDays(rng, 700));
    }
  }

  static LocalDate date(long day) {
    return LocalDate.ofEpochDay(day);
  }

  /** One measure of a placement chain (mutable while the chain is cut at majority). */
  static final class Segment {
    final String type;
    final long start;
    long end;

    Segment(String type, long start, long end) {
      this.type = type;
      this.start = start;
      this.end = end;
    }
  }
}
