package fr.parcours.model;

import java.time.LocalDate;

/**
 * A place of care (lieu d'accueil) within a measure; a change of place is a new record.
 *
 * @param placeType code of {@code types_lieu.csv}
 * @param endDate null while the child is still there at the extract date
 */
public record Placement(
    String placementId,
    String measureId,
    String personId,
    String placeType,
    LocalDate startDate,
    LocalDate endDate,
    String placeDepartement) {}
