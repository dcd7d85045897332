package fr.parcours.ingest.synthetic;

import fr.parcours.model.ConcernReport;
import fr.parcours.model.HousingStep;
import fr.parcours.model.MdphDecision;
import fr.parcours.model.Measure;
import fr.parcours.model.Placement;
import fr.parcours.model.RsaEntitlement;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Writes one person's ground truth: {@code personnes.csv} (identity, all source ids, planted-model
 * values), the true records (the extract's columns with {@code id_vrai} first, ISO dates) and the
 * true spells ({@code episodes.csv}); and adds the person's true counts.
 */
final class TruthRows {
  private TruthRows() {}

  static void write(SimPerson p, String duplicateId, LocalDate extractDate, ChunkOutput out) {
    String v = p.trueId;
    LocalDate death = p.death != null && !p.death.isAfter(extractDate) ? p.death : null;
    LocalDate d25 = p.birth.plusYears(25);
    boolean observable = !d25.isAfter(extractDate) && (p.death == null || p.death.isAfter(d25));
    Covariates x = p.covariates;
    out.append(OutFile.PERSONNES, new String[] {v, duplicateId == null ? p.sourceId : p.sourceId + "|" + duplicateId,
        p.sex, Csv.iso(p.birth), yn(p.mna), p.territory, Csv.iso(death), p.identity.birthName(),
        p.identity.firstNames(), Csv.iso(p.firstContact), yn(p.eligible),
        x == null ? "" : String.format(Locale.ROOT, "%.3f", x.monthsInCare()),
        x == null ? "" : Integer.toString(x.placeChanges()), x == null ? "" : x.period().label, num(p.pCjm),
        p.eligible ? yn(p.cjm) : "", Csv.iso(p.cjmStart), Csv.iso(p.cjmEnd), num(p.pRsaWithout), num(p.pRsa),
        yn(p.rsaBefore25), Csv.iso(p.rsaBefore25Date), yn(observable)});
    out.count("personnes", 1);
    if (p.mna) out.count("personnes_mna", 1);
    if (death != null) out.count("personnes_decedees", 1);
    if (p.eligible) out.count("population_cjm", 1);
    for (ConcernReport c : p.reports) {
      out.append(OutFile.V_IP, new String[] {v, c.reportId(), c.personId(), Csv.iso(c.receivedDate()), c.origin(),
          String.join("|", c.dangerTypes()), Csv.iso(c.outcomeDate()), c.outcome()});
      out.count("ip", 1);
      out.count("ip_suite_" + c.outcome(), 1);
    }
    for (Measure m : p.measures) {
      out.append(OutFile.V_MESURES, new String[] {v, m.measureId(), m.personId(), m.measureType(), m.nature(),
          m.decisionMaker(), Csv.iso(m.startDate()), Csv.iso(m.endDate()), m.endReason(), m.territory()});
      out.count("mesures", 1);
      out.count("mesures_" + m.measureType(), 1);
      if (m.measureType().equals(Codes.CJM)) out.count("cjm_debut_decennie_" + (m.startDate().getYear() / 10 * 10), 1);
    }
    for (Placement l : p.placements) {
      out.append(OutFile.V_LIEUX, new String[] {v, l.placementId(), l.measureId(), l.personId(), l.placeType(),
          Csv.iso(l.startDate()), Csv.iso(l.endDate()), l.placeDepartement()});
      out.count("lieux", 1);
      out.count("lieux_" + l.placeType(), 1);
    }
    for (RsaEntitlement r : p.rsa) {
      out.append(OutFile.V_RSA, new String[] {v, r.rsaId(), r.personId(), Csv.iso(r.openDate()), Csv.iso(r.closeDate())});
      out.count("rsa", 1);
    }
    for (HousingStep h : p.housing) {
      out.append(OutFile.V_LOGEMENT, new String[] {v, h.housingId(), h.personId(), h.stepType(), Csv.iso(h.stepDate())});
      out.count("logement", 1);
    }
    for (MdphDecision d : p.mdph) {
      out.append(OutFile.V_MDPH, new String[] {v, d.decisionId(), d.personId(), d.decisionType(),
          Csv.iso(d.decisionDate()), Csv.iso(d.rightsEndDate())});
      out.count("mdph", 1);
    }
    for (Spell s : p.spells) {
      out.append(OutFile.EPISODES, new String[] {v, s.state(), Csv.iso(s.start()), Csv.iso(s.end())});
      out.count("episodes", 1);
    }
  }

  private static String yn(boolean b) {
    return b ? "O" : "N";
  }

  private static String num(double d) {
    return Double.isNaN(d) ? "" : String.format(Locale.ROOT, "%.6f", d);
  }
}
