package fr.parcours.trajectory.indicator;

/**
 * Indicators of one person (definitions in {@code docs/trajectoires.md}, « Indicateurs »). Ages
 * are in completed months from the birth date; durations in months of 30.4375 days. A null number
 * means "no such event" or "not computable" (birth unknown); observation is made explicit by the
 * {@code *Observed} flags and the {@link Status} values.
 *
 * @param minorityObserved the whole minority is observed: the day before the 18th birthday is on or
 *     before the last observed day (numbers "before 18" are final, not partial)
 * @param placedAt17Half a placement measure covers the day of the 17½ birthday (the generator's
 *     CJM population, with alive at 18)
 * @param cjm a CJM started before the 19th birthday (population: placed at 17½, alive at 18;
 *     observable once the 19th birthday is reached)
 * @param leftAt18WithNothing sortie sèche: placed on the day before the 18th birthday and no CJM
 *     started before the 19th birthday (population: placed that day)
 * @param rsaBefore25 an RSA entitlement opened before the 25th birthday (observable when the 25th
 *     birthday is reached, alive, at the extract date — the generator's {@code rsa_avant_25_observable})
 */
public record PersonIndicators(
    String personId,
    String sex,
    boolean mna,
    String territory,
    Integer birthYear,
    Integer majorityYear,
    Integer entryYear,
    Integer ageFirstReportMonths,
    Integer ageFirstMeasureMonths,
    Integer ageFirstPlacementMonths,
    boolean minorityObserved,
    Double monthsInCareBefore18,
    Double monthsPlacedBefore18,
    int placementsBefore18,
    int placeChangesBefore18,
    String stateAt17Half,
    boolean placedAt17Half,
    Status cjm,
    Integer cjmStartAgeMonths,
    Double cjmDurationMonths,
    boolean cjmOngoing,
    String cjmEndReason,
    Status leftAt18WithNothing,
    int episodes,
    int reEntriesBefore18,
    Integer exitAgeMonths,
    String exitReason,
    boolean exitCensored,
    Status rsaBefore25,
    Status housingRequestBefore25,
    Status mdphBefore25,
    int flags) {}
