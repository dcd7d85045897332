package fr.parcours.exchange.olinpe;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.model.ConcernReport;
import fr.parcours.model.Measure;
import fr.parcours.model.Person;
import fr.parcours.model.PersonRecords;
import fr.parcours.model.Placement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The renewal rule and the variables of one person's records. */
class OlinpeEventsTest {
  static Measure m(String id, String type, String start, String end, String reason) {
    return new Measure(id, "P", type, null, "JE", LocalDate.parse(start), end == null ? null : LocalDate.parse(end), reason, "T01");
  }

  @Test
  void aMeasureOfTheSameTypeStartingTheDayAfterIsARenewalAndOnlyTheLastOneEnds() {
    List<Measure> ms = List.of(m("1", "OPP", "2020-01-10", "2020-03-31", "RELAIS"), m("2", "PJ", "2020-04-01", "2022-03-31", "RELAIS"),
        m("3", "PJ", "2022-04-01", "2023-06-30", "MAINLEVEE"), m("4", "AEMO", "2023-07-15", null, null));
    assertThat(OlinpeEvents.events(ms, 2020)).extracting(e -> e.kind() + " " + e.measure().measureId())
        .containsExactly("BEGIN 1", "END 1", "BEGIN 2");
    assertThat(OlinpeEvents.events(ms, 2022)).extracting(e -> e.kind() + " " + e.measure().measureId()).containsExactly("RENEWAL 3");
    assertThat(OlinpeEvents.events(ms, 2023)).extracting(e -> e.kind() + " " + e.measure().measureId()).containsExactly("END 3", "BEGIN 4");
    assertThat(OlinpeEvents.isRenewal(ms.get(1), m("x", "PJ", "2022-04-04", null, null))).isTrue();
    assertThat(OlinpeEvents.isRenewal(ms.get(1), m("x", "PJ", "2022-04-05", null, null))).isFalse();
  }

  @Test
  void recordsCarryTheCanonicalValuesAndUnknownCodesNeverInventedOnes() {
    Person p = new Person("P", null, "DUPONT", "Léa", "F", LocalDate.of(2010, 3, 12), null, "MARTIN", false, null);
    Measure pj = new Measure("M", "P", "PJ", "JUD", "JE", LocalDate.of(2022, 2, 1), LocalDate.of(2022, 11, 30), "MAINLEVEE", "T01");
    var ip = new ConcernReport("IP", "P", LocalDate.of(2021, 11, 2), "EDUCATION", List.of("NEGLIG"), LocalDate.of(2022, 1, 31), "SIGNALEMENT");
    var pl = List.of(new Placement("L1", "M", "P", "AF", LocalDate.of(2022, 2, 1), LocalDate.of(2022, 6, 30), "999"),
        new Placement("L2", "M", "P", "MECS", LocalDate.of(2022, 7, 1), LocalDate.of(2022, 11, 30), "999"));
    var recs = OlinpeEvents.records(new PersonRecords(p, List.of(ip), List.of(pj), pl, List.of(), List.of(), List.of()), 2022,
        new OlinpeEvents.Identity("999", "a".repeat(40), null));
    assertThat(recs).hasSize(2);
    OlinpeRecord begin = recs.get(0);
    OlinpeRecord end = recs.get(1);
    assertThat(begin.get("TYPEV")).isEqualTo("1");
    assertThat(begin.get("SEXE")).isEqualTo("2");
    assertThat(begin.get("MNAIS")).isEqualTo("03");
    assertThat(begin.get("ANAIS")).isEqualTo("2010");
    assertThat(begin.get("DECISION")).isEqualTo("2");
    assertThat(begin.get("NATDECASSED")).isEqualTo("4");
    assertThat(begin.has("NATPDECADM")).isFalse();
    assertThat(begin.get("DATIP")).isEqualTo("2021-11-02");
    assertThat(begin.get("DATSIGN")).isEqualTo("2022-01-31");
    assertThat(begin.get("NEGLIG")).isEqualTo("1");
    assertThat(begin.get("VIOLSEX")).isEqualTo("2");
    assertThat(begin.get("LIEUACC")).isEqualTo("1");
    assertThat(begin.get("LIEUPLAC")).isEqualTo("1");
    assertThat(begin.get("NIVSCO")).isEqualTo("99");
    assertThat(begin.has("NUMANONYMANT")).isFalse();
    assertThat(end.get("TYPEV")).isEqualTo("3");
    assertThat(end.get("MOTFININT")).isEqualTo("5");
    assertThat(end.get("LIEUPLAC")).isEqualTo("2");
    assertThat(end.get("CHGLIEU")).isEqualTo("1");
    assertThat(end.get("NBCHGLIEU")).isEqualTo("1");
    assertThat(end.get("DATFININT")).isEqualTo("2022-11-30");
    assertThat(end.get("HANDICAP")).isEqualTo("9");
    assertThat(String.join(" ", end.values().values())).doesNotContain("2010-03-12").doesNotContain("DUPONT").doesNotContain("MARTIN");
    var changed = OlinpeEvents.records(new PersonRecords(p, List.of(), List.of(pj), pl, List.of(), List.of(), List.of()), 2022,
        new OlinpeEvents.Identity("999", "a".repeat(40), "b".repeat(40)));
    assertThat(changed.get(0).get("NUMANONYMANT")).isEqualTo("b".repeat(40));
  }

  @Test
  void everyVariableIsInTheSchemaAndEveryCodeListMapsCanonicalCodes() throws Exception {
    String xsd = new String(OlinpeSchema.class.getResourceAsStream("olinpe.xsd").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    for (var v : OlinpeCatalogue.variables()) assertThat(xsd).contains("name=\"" + v.name() + "\"");
    for (String t : fr.parcours.model.Nomenclatures.MEASURE_TYPES.codes()) {
      assertThat(OlinpeCatalogue.maps("natpdecadm", t) || OlinpeCatalogue.maps("natdecassed", t)).as(t).isTrue();
    }
    for (String t : fr.parcours.model.Nomenclatures.PLACE_TYPES.codes()) assertThat(OlinpeCatalogue.maps("lieu", t)).as(t).isTrue();
    for (String t : fr.parcours.model.Nomenclatures.END_REASONS.codes()) assertThat(OlinpeCatalogue.maps("motfinint", t)).as(t).isTrue();
    for (String t : fr.parcours.model.Nomenclatures.REPORT_ORIGINS.codes()) assertThat(OlinpeCatalogue.maps("origip", t)).as(t).isTrue();
  }
}
