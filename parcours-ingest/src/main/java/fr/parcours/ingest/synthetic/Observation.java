package fr.parcours.ingest.synthetic;

import fr.parcours.model.ConcernReport;
import fr.parcours.model.HousingStep;
import fr.parcours.model.MdphDecision;
import fr.parcours.model.Measure;
import fr.parcours.model.Placement;
import fr.parcours.model.RsaEntitlement;
import java.time.LocalDate;
import java.util.List;
import java.util.ListIterator;

/**
 * The observation cut: the simulation runs a whole life, the source only sees it up to the extract
 * date, and nothing happens after death. Records starting after the last observed day are dropped;
 * records running past the extract date are open (no end date, no end reason; an IP still being
 * evaluated has outcome EN_COURS and no outcome date); records running past a death end on the
 * death date with end reason DECES (an IP: CLASSEMENT on that date).
 */
final class Observation {
  private Observation() {}

  static void cut(SimPerson p, Timeline timeline, LocalDate extractDate) {
    long last = SimPerson.lastObserved(p.death, extractDate);
    boolean byDeath = last < extractDate.toEpochDay();
    LocalDate lastDate = LocalDate.ofEpochDay(last);
    for (ListIterator<ConcernReport> it = p.reports.listIterator(); it.hasNext(); ) {
      ConcernReport r = it.next();
      if (r.receivedDate().isAfter(lastDate)) it.remove();
      else if (r.outcomeDate().isAfter(lastDate)) {
        it.set(byDeath
            ? new ConcernReport(r.reportId(), r.personId(), r.receivedDate(), r.origin(), r.dangerTypes(), lastDate, Codes.IP_CLOSED)
            : new ConcernReport(r.reportId(), r.personId(), r.receivedDate(), r.origin(), r.dangerTypes(), null, Codes.IP_PENDING));
      }
    }
    for (ListIterator<Measure> it = p.measures.listIterator(); it.hasNext(); ) {
      Measure m = it.next();
      if (m.startDate().isAfter(lastDate)) it.remove();
      else if (m.endDate().isAfter(lastDate)) {
        it.set(new Measure(m.measureId(), m.personId(), m.measureType(), m.nature(), m.decisionMaker(), m.startDate(),
            byDeath ? lastDate : null, byDeath ? Codes.END_DEATH : null, m.territory()));
      }
    }
    for (ListIterator<Placement> it = p.placements.listIterator(); it.hasNext(); ) {
      Placement l = it.next();
      if (l.startDate().isAfter(lastDate)) it.remove();
      else if (l.endDate().isAfter(lastDate)) {
        it.set(new Placement(l.placementId(), l.measureId(), l.personId(), l.placeType(), l.startDate(),
            byDeath ? lastDate : null, l.placeDepartement()));
      }
    }
    for (ListIterator<RsaEntitlement> it = p.rsa.listIterator(); it.hasNext(); ) {
      RsaEntitlement r = it.next();
      if (r.openDate().isAfter(lastDate)) it.remove();
      else if (r.closeDate().isAfter(lastDate)) {
        it.set(new RsaEntitlement(r.rsaId(), r.personId(), r.openDate(), byDeath ? lastDate : null));
      }
    }
    removeAfter(p.housing, lastDate);
    p.mdph.removeIf(d -> d.decisionDate().isAfter(lastDate));
    p.spells = timeline.spells(last);
  }

  private static void removeAfter(List<HousingStep> steps, LocalDate lastDate) {
    steps.removeIf(s -> s.stepDate().isAfter(lastDate));
  }

}
