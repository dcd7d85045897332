package fr.parcours.trajectory;

import fr.parcours.model.ConcernReport;
import fr.parcours.model.HousingStep;
import fr.parcours.model.MdphDecision;
import fr.parcours.model.Measure;
import fr.parcours.model.Person;
import fr.parcours.model.PersonRecords;
import fr.parcours.model.Placement;
import fr.parcours.model.RsaEntitlement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A small builder of hand-written person records for tests. */
public final class Records {
  private final String id;
  private LocalDate birth;
  private LocalDate death;
  private final List<ConcernReport> reports = new ArrayList<>();
  private final List<Measure> measures = new ArrayList<>();
  private final List<Placement> places = new ArrayList<>();
  private final List<RsaEntitlement> rsa = new ArrayList<>();
  private final List<HousingStep> housing = new ArrayList<>();
  private final List<MdphDecision> mdph = new ArrayList<>();

  private Records(String id, LocalDate birth) {
    this.id = id;
    this.birth = birth;
  }

  public static Records person(String id, String birth) {
    return new Records(id, birth == null ? null : LocalDate.parse(birth));
  }

  public Records died(String d) {
    death = LocalDate.parse(d);
    return this;
  }

  public Records ip(String id, String received, String outcomeDate, String outcome) {
    reports.add(new ConcernReport(id, this.id, LocalDate.parse(received), null, List.of(), date(outcomeDate), outcome));
    return this;
  }

  public Records measure(String id, String type, String nature, String start, String end, String reason) {
    measures.add(new Measure(id, this.id, type, nature, null, LocalDate.parse(start), date(end), reason, "T01"));
    return this;
  }

  public Records place(String id, String measureId, String type, String start, String end) {
    places.add(new Placement(id, measureId, this.id, type, LocalDate.parse(start), date(end), "999"));
    return this;
  }

  public Records rsa(String open) {
    rsa.add(new RsaEntitlement("R" + rsa.size(), id, LocalDate.parse(open), null));
    return this;
  }

  public Records housing(String type, String d) {
    housing.add(new HousingStep("H" + housing.size(), id, type, LocalDate.parse(d)));
    return this;
  }

  public PersonRecords build() {
    Person p = new Person(id, null, null, null, "F", birth, null, null, false, death);
    return new PersonRecords(p, reports, measures, places, rsa, housing, mdph);
  }

  private static LocalDate date(String s) {
    return s == null ? null : LocalDate.parse(s);
  }
}
