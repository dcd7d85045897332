package fr.parcours.ingest.synthetic;

import fr.parcours.model.ConcernReport;
import fr.parcours.model.HousingStep;
import fr.parcours.model.MdphDecision;
import fr.parcours.model.Measure;
import fr.parcours.model.Placement;
import fr.parcours.model.RsaEntitlement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One simulated person: the truth (identity, records as they really were, spells) and the
 * planted-model values. Built by {@link PersonSimulator}, then read by the writers; never shared
 * between threads.
 */
final class SimPerson {
  final int index;
  final String trueId;
  final String sourceId;
  String sex;
  LocalDate birth;
  boolean mna;
  String territory;
  /** Simulated death date (may lie after the extract date), or null. */
  LocalDate death;
  LocalDate firstContact;
  Names.Identity identity;

  final List<ConcernReport> reports = new ArrayList<>();
  final List<Measure> measures = new ArrayList<>();
  final List<Placement> placements = new ArrayList<>();
  final List<RsaEntitlement> rsa = new ArrayList<>();
  final List<HousingStep> housing = new ArrayList<>();
  final List<MdphDecision> mdph = new ArrayList<>();
  List<Spell> spells;

  /** Placed on the day of their 17½ birthday and alive at 18: the population of the planted models. */
  boolean eligible;
  Covariates covariates;
  double pCjm = Double.NaN;
  boolean cjm;
  LocalDate cjmStart;
  LocalDate cjmEnd;
  double pRsaWithout = Double.NaN;
  double pRsa = Double.NaN;
  boolean rsaBefore25;
  LocalDate rsaBefore25Date;

  int ipSeq;
  int measureSeq;
  int placeSeq;
  int otherSeq;

  SimPerson(int index) {
    this.index = index;
    this.trueId = "V" + (index + 1);
    this.sourceId = Ids.person(index);
  }

  /** Last day observed: the extract date, or the death date when earlier. */
  static long lastObserved(LocalDate death, LocalDate extractDate) {
    return death != null && death.isBefore(extractDate) ? death.toEpochDay() : extractDate.toEpochDay();
  }
}
