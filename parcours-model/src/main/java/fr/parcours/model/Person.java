package fr.parcours.model;

import java.time.LocalDate;

/**
 * A person known to child protection, as the source holds them (direct identifiers included:
 * this record never leaves the controller's side).
 *
 * @param personId the source's person identifier
 * @param sex code of {@code sexes.csv} (M, F, I)
 * @param birthDate null when unknown or unusable
 */
public record Person(
    String personId,
    String usageName,
    String birthName,
    String firstNames,
    String sex,
    LocalDate birthDate,
    String birthCommune,
    String motherBirthName,
    boolean unaccompaniedMinor,
    LocalDate deathDate) {}
