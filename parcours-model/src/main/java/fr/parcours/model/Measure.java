package fr.parcours.model;

import java.time.LocalDate;

/**
 * A child-protection measure (at home, placement, CJM…).
 *
 * @param measureType code of {@code types_mesure.csv}
 * @param nature ADM or JUD ({@code natures_decision.csv})
 * @param endDate null while the measure is open at the extract date
 * @param territory code of {@code territoires.csv}
 */
public record Measure(
    String measureId,
    String personId,
    String measureType,
    String nature,
    String decisionMaker,
    LocalDate startDate,
    LocalDate endDate,
    String endReason,
    String territory) {}
