package fr.parcours.privacy.identity;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The strings that are hashed into identifiers: pure functions of a person's identity, after
 * normalisation and phonetic keys. They never leave this module unhashed.
 *
 * <ul>
 *   <li>Person key: {@code P1|phonetic(family name)|phonetic(first given name)|yyyy-MM-dd}. The
 *       family name is the birth name, else the used name. Absent (empty Optional) when one of the
 *       three is missing: the caller then falls back on the source person id.
 *   <li>OLINPE key (CASF D226-3-4): {@code O1|phonetic(first given name)|MM|yyyy|phonetic(mother's
 *       birth name)}, unknown month {@code 99}, unknown year {@code 9999}, as in OLINPE's MNAIS/ANAIS.
 * </ul>
 */
public final class IdentityKeys {
  private IdentityKeys() {}

  public static Optional<String> personKey(PersonIdentity p) {
    String family = FrenchPhonetic.keyOfFolded(FrenchNames.identifyingFamilyName(p.birthName(), p.usageName()));
    String first = FrenchPhonetic.keyOfFolded(FrenchNames.firstGivenName(p.firstNames()));
    if (family.isEmpty() || first.isEmpty() || p.birthDate() == null) return Optional.empty();
    return Optional.of("P1|" + family + "|" + first + "|" + p.birthDate());
  }

  public static String olinpeKey(PersonIdentity p) {
    return olinpeKey(p, FrenchPhonetic.keyOfFolded(FrenchNames.firstGivenName(p.firstNames())));
  }

  /** Both keys at once (the first-name key is computed once); the person key is null when absent. */
  public static String[] both(PersonIdentity p) {
    String first = FrenchPhonetic.keyOfFolded(FrenchNames.firstGivenName(p.firstNames()));
    String family = FrenchPhonetic.keyOfFolded(FrenchNames.identifyingFamilyName(p.birthName(), p.usageName()));
    String person = family.isEmpty() || first.isEmpty() || p.birthDate() == null ? null : "P1|" + family + "|" + first + "|" + p.birthDate();
    return new String[] {person, olinpeKey(p, first)};
  }

  private static String olinpeKey(PersonIdentity p, String first) {
    String mother = FrenchPhonetic.keyOfFolded(FrenchNames.familyName(p.motherBirthName()));
    LocalDate d = p.birthDate();
    String month = d == null ? "99" : (d.getMonthValue() < 10 ? "0" : "") + d.getMonthValue();
    String year = d == null ? "9999" : Integer.toString(d.getYear());
    return "O1|" + first + "|" + month + "|" + year + "|" + mother;
  }

  /** The key of a source person id, when the convention pseudonymises the source id instead. */
  public static String sourceIdKey(String personId) {
    return "S1|" + personId;
  }
}
