package fr.parcours.engine.trajectory;

import fr.parcours.trajectory.indicator.PersonIndicators;
import fr.parcours.trajectory.indicator.Status;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.duckdb.DuckDBAppender;

/** The {@code person_indicators} table: its columns, and {@link PersonIndicators} to and from a row. */
final class IndicatorRows {
  private IndicatorRows() {}

  /** Columns after {@code extract_id}, in table order, with their SQL types. */
  static final List<String[]> COLUMNS = List.of(
      c("person_id", "VARCHAR"), c("sex", "VARCHAR"), c("mna", "BOOLEAN"), c("territory", "VARCHAR"),
      c("birth_year", "INTEGER"), c("majority_year", "INTEGER"), c("entry_year", "INTEGER"),
      c("age_first_report_months", "INTEGER"), c("age_first_measure_months", "INTEGER"), c("age_first_placement_months", "INTEGER"),
      c("minority_observed", "BOOLEAN"), c("months_in_care_before_18", "DOUBLE"), c("months_placed_before_18", "DOUBLE"),
      c("placements_before_18", "INTEGER"), c("place_changes_before_18", "INTEGER"), c("state_at_17_5", "VARCHAR"),
      c("placed_at_17_5", "BOOLEAN"), c("cjm", "VARCHAR"), c("cjm_start_age_months", "INTEGER"), c("cjm_duration_months", "DOUBLE"),
      c("cjm_ongoing", "BOOLEAN"), c("cjm_end_reason", "VARCHAR"), c("left_at_18_with_nothing", "VARCHAR"), c("episodes", "INTEGER"),
      c("re_entries_before_18", "INTEGER"), c("exit_age_months", "INTEGER"), c("exit_reason", "VARCHAR"), c("exit_censored", "BOOLEAN"),
      c("rsa_before_25", "VARCHAR"), c("housing_request_before_25", "VARCHAR"), c("mdph_before_25", "VARCHAR"), c("flags", "INTEGER"));

  private static String[] c(String name, String type) {
    return new String[] {name, type};
  }

  static String columnList() {
    return String.join(", ", COLUMNS.stream().map(x -> x[0]).toList());
  }

  static void append(DuckDBAppender a, String extractId, PersonIndicators p) throws SQLException {
    a.beginRow();
    a.append(extractId);
    a.append(p.personId());
    str(a, p.sex());
    a.append(p.mna());
    str(a, p.territory());
    integer(a, p.birthYear());
    integer(a, p.majorityYear());
    integer(a, p.entryYear());
    integer(a, p.ageFirstReportMonths());
    integer(a, p.ageFirstMeasureMonths());
    integer(a, p.ageFirstPlacementMonths());
    a.append(p.minorityObserved());
    dbl(a, p.monthsInCareBefore18());
    dbl(a, p.monthsPlacedBefore18());
    a.append(p.placementsBefore18());
    a.append(p.placeChangesBefore18());
    str(a, p.stateAt17Half());
    a.append(p.placedAt17Half());
    a.append(p.cjm().code());
    integer(a, p.cjmStartAgeMonths());
    dbl(a, p.cjmDurationMonths());
    a.append(p.cjmOngoing());
    str(a, p.cjmEndReason());
    a.append(p.leftAt18WithNothing().code());
    a.append(p.episodes());
    a.append(p.reEntriesBefore18());
    integer(a, p.exitAgeMonths());
    str(a, p.exitReason());
    a.append(p.exitCensored());
    a.append(p.rsaBefore25().code());
    a.append(p.housingRequestBefore25().code());
    a.append(p.mdphBefore25().code());
    a.append(p.flags());
    a.endRow();
  }

  /** Reads a row selected with {@link #columnList()}. */
  static PersonIndicators read(ResultSet r) throws SQLException {
    int i = 1;
    return new PersonIndicators(r.getString(i++), r.getString(i++), r.getBoolean(i++), r.getString(i++), integer(r, i++),
        integer(r, i++), integer(r, i++), integer(r, i++), integer(r, i++), integer(r, i++), r.getBoolean(i++), dbl(r, i++),
        dbl(r, i++), r.getInt(i++), r.getInt(i++), r.getString(i++), r.getBoolean(i++), status(r.getString(i++)), integer(r, i++),
        dbl(r, i++), r.getBoolean(i++), r.getString(i++), status(r.getString(i++)), r.getInt(i++), r.getInt(i++), integer(r, i++),
        r.getString(i++), r.getBoolean(i++), status(r.getString(i++)), status(r.getString(i++)), status(r.getString(i++)), r.getInt(i));
  }

  static Status status(String code) {
    for (Status s : Status.values()) if (s.code().equals(code)) return s;
    throw new IllegalStateException("statut inconnu dans person_indicators : " + code);
  }

  private static Integer integer(ResultSet r, int i) throws SQLException {
    int v = r.getInt(i);
    return r.wasNull() ? null : v;
  }

  private static Double dbl(ResultSet r, int i) throws SQLException {
    double v = r.getDouble(i);
    return r.wasNull() ? null : v;
  }

  static void str(DuckDBAppender a, String s) throws SQLException {
    if (s == null) a.appendNull();
    else a.append(s);
  }

  private static void integer(DuckDBAppender a, Integer v) throws SQLException {
    if (v == null) a.appendNull();
    else a.append(v.intValue());
  }

  private static void dbl(DuckDBAppender a, Double v) throws SQLException {
    if (v == null) a.appendNull();
    else a.append(v.doubleValue());
  }
}
