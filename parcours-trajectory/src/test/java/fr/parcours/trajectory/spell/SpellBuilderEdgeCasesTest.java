package fr.parcours.trajectory.spell;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.model.PersonRecords;
import fr.parcours.trajectory.Records;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-written edge cases of issue 4, each with its rule. */
class SpellBuilderEdgeCasesTest {
  static final LocalDate EXTRACT = LocalDate.of(2025, 12, 31);
  final SpellBuilder builder = new SpellBuilder(StateAlphabet.DEFAULT, TrajectorySettings.DEFAULT);

  static Spell s(String state, String start, String end) {
    return new Spell(state, LocalDate.parse(start), LocalDate.parse(end));
  }

  static List<String> codes(Timeline t) {
    return t.flags().stream().map(TrajectoryFlag::code).toList();
  }

  @Test
  void overlappingMeasuresTakeTheHigherPriorityStateAndAreFlagged() {
    PersonRecords r = Records.person("P1", "2010-01-01")
        .measure("M1", "AED", "ADM", "2015-01-01", "2015-12-31", "FIN_CONTRAT")
        .measure("M2", "AEMO", "JUD", "2015-06-01", "2016-05-31", "MAINLEVEE").build();
    Timeline t = builder.build(r, EXTRACT);
    assertThat(t.spells()).containsExactly(
        s("NC", "2010-01-01", "2014-12-31"), s("DOM_ADM", "2015-01-01", "2015-05-31"),
        s("DOM_JUD", "2015-06-01", "2016-05-31"), s("SORTI", "2016-06-01", "2025-12-31"));
    assertThat(codes(t)).containsExactly(TrajectoryFlag.OVERLAPPING_MEASURES);
    assertThat(t.episodes()).hasSize(1);
    assertThat(t.episodes().get(0).endReason()).isEqualTo("MAINLEVEE");
  }

  @Test
  void aPlacementWithNoEndRunsToTheExtractDateAndIsCensored() {
    PersonRecords r = Records.person("P2", "2012-03-10")
        .measure("M1", "PJ", "JUD", "2020-01-01", null, null)
        .place("L1", "M1", "MECS", "2020-01-01", "2021-06-30")
        .place("L2", "M1", "AF", "2021-07-01", null).build();
    Timeline t = builder.build(r, EXTRACT);
    assertThat(t.spells()).containsExactly(
        s("NC", "2012-03-10", "2019-12-31"), s("PLAC_ETAB", "2020-01-01", "2021-06-30"), s("PLAC_AF", "2021-07-01", "2025-12-31"));
    assertThat(t.episodes()).singleElement().satisfies(e -> {
      assertThat(e.censored()).isTrue();
      assertThat(e.end()).isEqualTo(EXTRACT);
      assertThat(e.endReason()).isNull();
    });
    assertThat(t.flags()).isEmpty();
  }

  @Test
  void aBirthDateAfterAMeasureStartsTheTimelineAtTheMeasureAndIsFlagged() {
    PersonRecords r = Records.person("P3", "2015-06-01")
        .measure("M1", "AED", "ADM", "2015-01-01", "2015-12-31", "FIN_CONTRAT").build();
    Timeline t = builder.build(r, EXTRACT);
    assertThat(t.firstDay()).isEqualTo(LocalDate.of(2015, 1, 1));
    assertThat(t.spells()).containsExactly(s("DOM_ADM", "2015-01-01", "2015-12-31"), s("SORTI", "2016-01-01", "2025-12-31"));
    assertThat(codes(t)).containsExactly(TrajectoryFlag.BIRTH_AFTER_RECORD);
  }

  @Test
  void anEighteenthBirthdayInTheMiddleOfAPlacementKeepsThePlacementState() {
    // the source keeps the child placed past 18 without a CJM: the place still paints its state
    PersonRecords r = Records.person("P4", "2000-05-15")
        .measure("M1", "PJ", "JUD", "2016-01-01", "2018-12-31", "AUTRE")
        .place("L1", "M1", "FOYER", "2016-01-01", "2018-12-31").build();
    Timeline t = builder.build(r, EXTRACT);
    assertThat(t.stateOn(LocalDate.of(2018, 5, 14))).isEqualTo("PLAC_ETAB");
    assertThat(t.stateOn(LocalDate.of(2018, 5, 15))).isEqualTo("PLAC_ETAB");
    assertThat(t.spells()).hasSize(3);
    assertThat(t.episodes()).singleElement().satisfies(e -> assertThat(e.end()).isEqualTo(LocalDate.of(2018, 12, 31)));
  }

  @Test
  void aCjmStartingMonthsAfter18LeavesARealExitBetween() {
    PersonRecords r = Records.person("P5", "2000-05-15")
        .measure("M1", "PJ", "JUD", "2014-01-01", "2018-05-14", "MAJORITE")
        .place("L1", "M1", "AF", "2014-01-01", "2018-05-14")
        .measure("M2", "CJM", "ADM", "2018-09-01", "2020-03-31", "AUTONOMIE")
        .place("L2", "M2", "FJT", "2018-09-01", "2020-03-31").build();
    Timeline t = builder.build(r, EXTRACT);
    assertThat(t.spells()).containsExactly(
        s("NC", "2000-05-15", "2013-12-31"), s("PLAC_AF", "2014-01-01", "2018-05-14"), s("SORTI", "2018-05-15", "2018-08-31"),
        s("CJM", "2018-09-01", "2020-03-31"), s("SORTI", "2020-04-01", "2025-12-31"));
    assertThat(t.episodes()).hasSize(2);
    assertThat(t.flags()).isEmpty();
    // with a tolerance of 120 days the gap is bridged: one episode, no SORTI between
    Timeline bridged = new SpellBuilder(StateAlphabet.DEFAULT, TrajectorySettings.DEFAULT.withGapTolerance(120)).build(r, EXTRACT);
    assertThat(bridged.episodes()).hasSize(1);
    assertThat(bridged.stateOn(LocalDate.of(2018, 6, 1))).isEqualTo("PLAC_AF");
  }

  @Test
  void aPersonWhoLeavesAndComesBackHasTwoEpisodesAndSortiBetween() {
    PersonRecords r = Records.person("P6", "2008-02-01")
        .ip("I1", "2012-01-10", "2012-02-20", "MESURE_ADM")
        .measure("M1", "AED", "ADM", "2012-02-21", "2013-02-20", "FIN_CONTRAT")
        .ip("I2", "2016-03-01", "2016-04-01", "SIGNALEMENT")
        .measure("M2", "OPP", "JUD", "2016-04-02", "2016-06-30", "RELAIS")
        .place("L1", "M2", "FOYER", "2016-04-02", "2016-06-30").build();
    Timeline t = builder.build(r, EXTRACT);
    assertThat(t.spells()).extracting(Spell::state)
        .containsExactly("NC", "IP", "DOM_ADM", "SORTI", "IP", "PLAC_ETAB", "SORTI");
    assertThat(t.episodes()).hasSize(2);
  }

  @Test
  void contradictionsAreFlaggedAndNothingIsInvented() {
    PersonRecords r = Records.person("P7", "2005-01-01")
        .measure("M1", "PJ", "JUD", "2010-01-01", "2010-12-31", "RETOUR_FAMILLE")
        .place("L1", "M1", "AF", "2010-01-01", "2010-06-30")
        .place("L2", "M1", "MECS", "2010-06-15", "2011-01-31")
        .place("L3", "ABSENTE", "HOTEL", "2012-01-01", "2012-01-31")
        .ip("I1", "2026-02-01", null, "EN_COURS").build();
    Timeline t = builder.build(r, EXTRACT);
    assertThat(codes(t)).containsExactlyInAnyOrder(TrajectoryFlag.PLACE_OUTSIDE_MEASURE, TrajectoryFlag.OVERLAPPING_PLACES,
        TrajectoryFlag.PLACE_WITHOUT_MEASURE, TrajectoryFlag.AFTER_OBSERVATION);
    assertThat(t.stateOn(LocalDate.of(2010, 6, 20))).isEqualTo("PLAC_AF"); // AF (6) beats MECS (5) in etats.csv
    assertThat(t.stateOn(LocalDate.of(2011, 1, 15))).isEqualTo("PLAC_ETAB");
    assertThat(t.stateOn(LocalDate.of(2012, 1, 15))).isEqualTo("PLAC_AUTRE");
  }

  @Test
  void aPlacementMeasureWithoutPlaceIsOtherPlacementAndFlagged() {
    PersonRecords r = Records.person("P8", "2005-01-01").measure("M1", "AP", "ADM", "2010-01-01", "2010-12-31", "RETOUR_FAMILLE").build();
    Timeline t = builder.build(r, EXTRACT);
    assertThat(t.stateOn(LocalDate.of(2010, 5, 1))).isEqualTo("PLAC_AUTRE");
    assertThat(codes(t)).containsExactly(TrajectoryFlag.PLACEMENT_WITHOUT_PLACE);
  }

  @Test
  void deathEndsTheTimelineAndOpenRecordsStopThere() {
    PersonRecords r = Records.person("P9", "2005-01-01").died("2012-03-01")
        .measure("M1", "AEMO", "JUD", "2011-01-01", null, null).build();
    Timeline t = builder.build(r, EXTRACT);
    assertThat(t.lastDay()).isEqualTo(LocalDate.of(2012, 3, 1));
    assertThat(t.spells().get(t.spells().size() - 1)).isEqualTo(s("DOM_JUD", "2011-01-01", "2012-03-01"));
    assertThat(t.episodes().get(0).censored()).isFalse();
  }
}
