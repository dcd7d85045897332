package fr.parcours.ingest.synthetic;

import fr.parcours.model.ConcernReport;
import fr.parcours.model.HousingStep;
import fr.parcours.model.MdphDecision;
import fr.parcours.model.Measure;
import fr.parcours.model.Nomenclatures;
import fr.parcours.model.Placement;
import fr.parcours.model.RsaEntitlement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A person's extract rows, clean (exactly the true records, formatted), before the dirt injector
 * edits them. Row lists are in the order they are written.
 */
final class PersonRows {
  final List<Row> persons = new ArrayList<>(2);
  final List<Row> reports = new ArrayList<>();
  final List<Row> measures = new ArrayList<>();
  final List<Row> places = new ArrayList<>();
  final List<Row> rsa = new ArrayList<>();
  final List<Row> housing = new ArrayList<>();
  final List<Row> mdph = new ArrayList<>();

  // column indexes used by the dirt injector
  static final int P_USAGE = 1, P_BIRTH_NAME = 2, P_FIRST = 3, P_BIRTH = 5, P_MOTHER = 7;
  static final int IP_PERSON = 1, IP_RECEIVED = 2, IP_OUTCOME_DATE = 5;
  static final int M_PERSON = 1, M_TYPE = 2, M_START = 5, M_END = 6, M_REASON = 7;
  static final int L_MEASURE = 1, L_PERSON = 2, L_TYPE = 3, L_START = 4, L_END = 5;

  static PersonRows of(SimPerson p, LocalDate extractDate) {
    PersonRows r = new PersonRows();
    Names.Identity id = p.identity;
    LocalDate death = p.death != null && !p.death.isAfter(extractDate) ? p.death : null;
    r.persons.add(new Row(new String[] {p.sourceId, id.usageName(), id.birthName(), id.firstNames(), p.sex,
        Csv.fr(p.birth), id.birthCommune(), id.motherBirthName(), p.mna ? "O" : "N", Csv.fr(death)}));
    for (ConcernReport c : p.reports) {
      r.reports.add(new Row(new String[] {c.reportId(), c.personId(), Csv.fr(c.receivedDate()), c.origin(),
          String.join("|", c.dangerTypes()), Csv.fr(c.outcomeDate()), c.outcome()}));
    }
    for (Measure m : p.measures) {
      r.measures.add(new Row(new String[] {m.measureId(), m.personId(), m.measureType(),
          Nomenclatures.DECISION_NATURES.label(m.nature()), m.decisionMaker(), Csv.fr(m.startDate()),
          Csv.fr(m.endDate()), nz(m.endReason()), m.territory()}));
    }
    for (Placement l : p.placements) {
      r.places.add(new Row(new String[] {l.placementId(), l.measureId(), l.personId(), l.placeType(),
          Csv.fr(l.startDate()), Csv.fr(l.endDate()), l.placeDepartement()}));
    }
    for (RsaEntitlement e : p.rsa) {
      r.rsa.add(new Row(new String[] {e.rsaId(), e.personId(), Csv.fr(e.openDate()), Csv.fr(e.closeDate())}));
    }
    for (HousingStep h : p.housing) {
      r.housing.add(new Row(new String[] {h.housingId(), h.personId(), h.stepType(), Csv.fr(h.stepDate())}));
    }
    for (MdphDecision d : p.mdph) {
      r.mdph.add(new Row(new String[] {d.decisionId(), d.personId(), d.decisionType(), Csv.fr(d.decisionDate()),
          Csv.fr(d.rightsEndDate())}));
    }
    return r;
  }

  void writeTo(ChunkOutput out) {
    for (Row row : persons) out.append(OutFile.INDIVIDUS, row);
    for (Row row : reports) out.append(OutFile.IP, row);
    for (Row row : measures) out.append(OutFile.MESURES, row);
    for (Row row : places) out.append(OutFile.LIEUX, row);
    for (Row row : rsa) out.append(OutFile.RSA, row);
    for (Row row : housing) out.append(OutFile.LOGEMENT, row);
    for (Row row : mdph) out.append(OutFile.MDPH, row);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
