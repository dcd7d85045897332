package fr.parcours.privacy.risk;

/**
 * Re-identification risk of a table on its quasi-identifiers, with the figures ARX and sdcMicro
 * report. Records are grouped into equivalence classes (same values on every quasi-identifier).
 *
 * <ul>
 *   <li>record-level prosecutor risk of a record = 1 / |its class|;
 *   <li>{@code prosecutorMax} = 1 / (smallest class size); {@code prosecutorAverage} = number of
 *       classes / number of records (= mean record-level risk; ARX's "average prosecutor risk",
 *       sdcMicro's expected re-identifications divided by n);
 *   <li>{@code shareAtRisk} = share of records whose risk exceeds 1/k, i.e. in classes smaller than k;
 *   <li>journalist risk: without a population table we take the extract as the population (the
 *       département's case file is exhaustive for its children), so journalist risk equals
 *       prosecutor risk; this is stated, not estimated.
 * </ul>
 *
 * All figures are 0 for an empty table.
 */
public record RiskReport(
    long records,
    long classes,
    int k,
    long smallestClass,
    long recordsBelowK,
    double prosecutorMax,
    double prosecutorAverage,
    double shareAtRisk) {

  public RiskReport {
    if (records < 0 || classes < 0 || classes > records || recordsBelowK > records) throw new IllegalArgumentException("inconsistent counts");
  }

  public double journalistMax() {
    return prosecutorMax;
  }

  public double journalistAverage() {
    return prosecutorAverage;
  }

  public boolean satisfiesK() {
    return recordsBelowK == 0;
  }
}
