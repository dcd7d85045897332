package fr.parcours.privacy.identity;

import java.time.LocalDate;

/**
 * The identity fields of a person, as the source holds them (controller side only).
 *
 * @param birthName nom de naissance (may be null)
 * @param usageName nom d'usage (may be null; used when the birth name is missing)
 * @param firstNames prénoms, possibly several
 * @param birthDate null when unknown
 * @param motherBirthName nom de naissance de la mère (may be null)
 */
public record PersonIdentity(String birthName, String usageName, String firstNames, LocalDate birthDate, String motherBirthName) {}
