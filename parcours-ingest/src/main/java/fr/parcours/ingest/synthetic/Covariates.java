package fr.parcours.ingest.synthetic;

import fr.parcours.model.Measure;
import fr.parcours.model.Placement;
import java.time.LocalDate;
import java.util.List;

/**
 * The covariates of the planted CJM and RSA models, computed from a person's records by rules an
 * analyst can apply to the extract (see {@code docs/generateur.md}, « Covariables »):
 *
 * <ul>
 *   <li>{@code monthsInCare}: days covered by the union of measures of family DOMICILE or PLACEMENT
 *       before the 18th birthday, divided by 30.4375;
 *   <li>{@code placeChanges}: place records that start before the 18th birthday on the day after the
 *       end of the previous place record of the same measure;
 *   <li>{@code period}: period of the year of the 18th birthday;
 *   <li>{@code territory}, {@code mna}, {@code female}: from the person and their measures.
 * </ul>
 */
record Covariates(double monthsInCare, int placeChanges, String territory, Period period, boolean mna, boolean female) {

  /** Policy periods, by year of the 18th birthday. */
  enum Period {
    BEFORE_2007("avant_2007"),
    P2007_2016("2007_2016"),
    P2017_2021("2017_2021"),
    FROM_2022("2022_et_apres");

    final String label;

    Period(String label) {
      this.label = label;
    }

    static Period of(int year) {
      if (year < 2007) return BEFORE_2007;
      if (year <= 2016) return P2007_2016;
      if (year <= 2021) return P2017_2021;
      return FROM_2022;
    }
  }

  static Covariates of(LocalDate birth, String sex, boolean mna, String territory, List<Measure> measures,
      List<Placement> places) {
    LocalDate d18 = birth.plusYears(18);
    long limit = d18.toEpochDay() - 1;
    long covered = 0;
    long reach = Long.MIN_VALUE;
    // measures are in start order in the truth; the union is taken anyway
    long[][] spans = new long[measures.size()][];
    int n = 0;
    for (Measure m : measures) {
      String family = Codes.family(m.measureType());
      if (!Codes.FAMILY_HOME.equals(family) && !Codes.FAMILY_PLACEMENT.equals(family)) continue;
      long s = m.startDate().toEpochDay();
      long e = m.endDate() == null ? limit : Math.min(limit, m.endDate().toEpochDay());
      if (s <= e) spans[n++] = new long[] {s, e};
    }
    java.util.Arrays.sort(spans, 0, n, (a, b) -> Long.compare(a[0], b[0]));
    for (int i = 0; i < n; i++) {
      long s = Math.max(spans[i][0], reach + 1);
      if (spans[i][1] >= s) covered += spans[i][1] - s + 1;
      reach = Math.max(reach, spans[i][1]);
    }
    int changes = 0;
    for (int i = 1; i < places.size(); i++) {
      Placement p = places.get(i);
      Placement q = places.get(i - 1);
      if (p.measureId().equals(q.measureId()) && q.endDate() != null
          && p.startDate().toEpochDay() == q.endDate().toEpochDay() + 1 && p.startDate().isBefore(d18)) {
        changes++;
      }
    }
    return new Covariates(covered / 30.4375, changes, territory, Period.of(d18.getYear()), mna, Codes.FEMALE.equals(sex));
  }
}
