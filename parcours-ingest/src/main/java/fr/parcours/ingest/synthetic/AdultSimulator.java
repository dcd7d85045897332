package fr.parcours.ingest.synthetic;

import fr.parcours.model.HousingStep;
import fr.parcours.model.MdphDecision;
import fr.parcours.model.Measure;
import fr.parcours.model.RsaEntitlement;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * After childhood care: the planted CJM decision for those placed at 17½ (see
 * {@link PlantedEffects}), its duration (ELAP shares), then the records of the other directions:
 * RSA (with the planted effect of a CJM on opening before 25), housing steps and MDPH decisions.
 */
final class AdultSimulator {
  private final SimPerson p;
  private final SplittableRandom rng;
  private final Timeline timeline;
  private final long d18;
  private final long d21;
  private final long d25;

  AdultSimulator(SimPerson p, SplittableRandom rng, Timeline timeline) {
    this.p = p;
    this.rng = rng;
    this.timeline = timeline;
    this.d18 = p.birth.plusYears(18).toEpochDay();
    this.d21 = p.birth.plusYears(21).toEpochDay();
    this.d25 = p.birth.plusYears(25).toEpochDay();
  }

  void run() {
    boolean everPlaced = false;
    long d17h = p.birth.plusMonths(210).toEpochDay();
    for (Measure m : p.measures) {
      if (!Codes.FAMILY_PLACEMENT.equals(Codes.family(m.measureType()))) continue;
      everPlaced = true;
      if (m.startDate().toEpochDay() <= d17h && m.endDate().toEpochDay() >= d17h) p.eligible = true;
    }
    if (p.death != null && p.death.toEpochDay() <= d18) p.eligible = false;
    double u = rng.nextDouble();
    if (p.eligible) {
      p.covariates = Covariates.of(p.birth, p.sex, p.mna, p.territory, p.measures, p.placements);
      p.pCjm = PlantedEffects.pCjm(p.covariates);
      p.cjm = Draws.chance(rng, p.pCjm);
      if (p.cjm) youngAdultContract();
      p.pRsaWithout = PlantedEffects.pRsaWithoutCjm(p.covariates);
      p.pRsa = p.pRsaWithout + (p.cjm ? PlantedEffects.CJM_EFFECT_ON_RSA : 0);
    } else {
      p.pRsa = 0.04 + (Codes.FEMALE.equals(p.sex) ? 0.04 : 0) + (everPlaced ? 0.06 : 0);
    }
    p.rsaBefore25 = u < p.pRsa;
    rsa(everPlaced);
    housing(everPlaced);
    mdph(everPlaced);
  }

  private void youngAdultContract() {
    long start = Draws.chance(rng, PlantedEffects.CJM_LATE_START) ? d18 + 1 + rng.nextInt(180) : d18;
    double[] shares = p.covariates.period() == Covariates.Period.FROM_2022
        ? PlantedEffects.CJM_DURATION_SHARES_TAQUET : PlantedEffects.CJM_DURATION_SHARES;
    double v = rng.nextDouble();
    long end;
    String reason;
    if (v < shares[0]) {
      end = start + Draws.uniformDays(rng, 30, 181) - 1;
      reason = Draws.chance(rng, 0.5) ? Codes.END_BREAK : Codes.END_TERM;
    } else if (v < shares[0] + shares[1]) {
      end = d21 - 1;
      reason = Codes.END_21;
    } else {
      end = Draws.uniformDays(rng, start + 182, d21 - 30);
      double w = rng.nextDouble();
      reason = w < 0.45 ? Codes.END_AUTONOMY : w < 0.80 ? Codes.END_TERM : Codes.END_BREAK;
    }
    end = Math.min(end, d21 - 1);
    Measure cjm = new Measure(Ids.record("MES", p.index, p.measureSeq++), p.sourceId, Codes.CJM,
        Codes.usualNature(Codes.CJM), Codes.PCD, date(start), date(end), reason, p.territory);
    p.measures.add(cjm);
    p.cjmStart = cjm.startDate();
    p.cjmEnd = cjm.endDate();
    timeline.enter(Codes.S_CJM, start, end);
    new Places(p, rng, timeline).placeYoungAdult(cjm);
  }

  private void rsa(boolean everPlaced) {
    long careEnd = timeline.next() - 1;
    long open;
    if (p.rsaBefore25) {
      open = Draws.uniformDays(rng, Math.max(d18, careEnd + 1), d25 - 1);
      p.rsaBefore25Date = date(open);
    } else if (Draws.chance(rng, everPlaced ? 0.25 : 0.15)) {
      open = d25 + Math.min(20 * 365, Draws.exponentialDays(rng, 5 * 365));
    } else {
      return;
    }
    for (int k = 0; k < 3; k++) {
      long close = open + 60 + Draws.exponentialDays(rng, 540);
      p.rsa.add(new RsaEntitlement(Ids.record("RSA", p.index, p.otherSeq++), p.sourceId, date(open), date(close)));
      if (!Draws.chance(rng, 0.3)) return;
      open = close + 30 + Draws.exponentialDays(rng, 700);
    }
  }

  private void housing(boolean everPlaced) {
    double pRequest = 0.22 + (everPlaced ? 0.10 : 0) + (p.cjm ? 0.15 : 0);
    if (!Draws.chance(rng, pRequest)) return;
    long from = p.cjm ? p.cjmEnd.toEpochDay() - 120 : d18;
    long request = Draws.uniformDays(rng, Math.max(d18, from), d18 + 8 * 365);
    step(Codes.HLM_REQUEST, request);
    if (Draws.chance(rng, 0.5)) step(Codes.HLM_ALLOCATION, request + Draws.uniformDays(rng, 90, 900));
    if (Draws.chance(rng, 0.2)) step(Codes.FSL, request + Draws.uniformDays(rng, 0, 700));
  }

  private void step(String type, long day) {
    p.housing.add(new HousingStep(Ids.record("LOG", p.index, p.otherSeq++), p.sourceId, type, date(day)));
  }

  private void mdph(boolean everPlaced) {
    boolean aeeh = Draws.chance(rng, everPlaced ? 0.09 : 0.04);
    long birth = p.birth.toEpochDay();
    if (aeeh) {
      long from = Math.max(birth + 365, p.firstContact.toEpochDay() - 365);
      long day = Draws.uniformDays(rng, from, Math.max(from, d18 - 180));
      long rightsEnd = Math.min(day + Draws.uniformDays(rng, 365, 3 * 365), birth + 7305 - 1);
      decision(Codes.AEEH, day, Math.max(day, rightsEnd));
    }
    double pAdult = aeeh ? 0.5 : 0.07;
    if (Draws.chance(rng, pAdult)) {
      long day = Draws.uniformDays(rng, d18 + 180, d18 + 10 * 365);
      double v = rng.nextDouble();
      String type = v < 0.4 ? Codes.AAH : v < 0.8 ? Codes.RQTH : Codes.ORIENTATION;
      decision(type, day, day + Draws.uniformDays(rng, 2 * 365, 5 * 365));
    }
  }

  private void decision(String type, long day, long rightsEnd) {
    p.mdph.add(new MdphDecision(Ids.record("MDPH", p.index, p.otherSeq++), p.sourceId, type, date(day), date(rightsEnd)));
  }

  private static LocalDate date(long day) {
    return LocalDate.ofEpochDay(day);
  }
}
