package fr.parcours.privacy.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchPhoneticTest {

  /** Real French spelling variants that must give one key (family names and given names). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
    "Lefèvre;Lefebvre;Lefeuvre;LEFEVRE",
    "Dupont;Dupond;DUPONT;dupont",
    "Mohamed;Mohammed;Muhammad;Mohammad",
    "Kévin;Kevin;KEVIN;Kevin",
    "N'Diaye;Ndiaye;N’DIAYE;NDIAYE",
    "Thomas;Tomas;THOMAS;Thomas",
    "Mathis;Mathys;Matis;Mathis",
    "Nathalie;Nathaly;Natalie;Nathalie",
    "Laurent;Lorent;Laurant;Laurent",
    "Margot;Margaux;Margo;Margaux",
    "Philippe;Filipe;Philipe;Phillipe",
    "Yanis;Ianis;Yannis;Yaniss",
    "Chloé;Chloe;CHLOE;Chloë",
    "Gaëlle;Gaelle;GAELLE;Gaële",
    "Durand;Durant;Durand;DURAND",
    "Bernard;Bernart;Bernard;Bernard",
    "Ahmed;Ahmad;Ahmed;AHMED",
    "Zoé;Zoe;Zoé;ZOE",
    "Hélène;Hélene;Helene;Élène",
    "Cédric;Cedric;Sédric;Cédrick",
    "André;Andrée;Andre;ANDRE",
    "Nguyen;N'Guyen;NGUYEN;Nguyen",
    "Rousseau;Roussau;Rousseaux;Rouseau",
    "François;Francois;FRANCOIS;Francois",
  })
  void variantsCollapse(String a, String b, String c, String d) {
    assertThat(List.of(FrenchPhonetic.key(b), FrenchPhonetic.key(c), FrenchPhonetic.key(d))).containsOnly(FrenchPhonetic.key(a));
    assertThat(FrenchPhonetic.key(a)).isNotEmpty();
  }

  /** Different names that must keep different keys. */
  @ParameterizedTest(name = "{0} ≠ {1}")
  @CsvSource(delimiter = ';', value = {
    "Dupont;Dupuis", "Martin;Martine", "Jean;Jeanne", "Louis;Louise", "Léa;Léo", "Simon;Simone",
    "Mohamed;Mahmoud", "Mohamed;Ahmed", "Bernard;Bertrand", "Moreau;Morel", "Lucas;Luc", "Emma;Anna",
    "Petit;Richard", "Dubois;Dupuis", "Camille;Camila", "Inès;Ines Marie x", "Noah;Noé", "Rose;Rosa", "Gaël;Gaëlle",
  })
  void distinctNamesStayDistinct(String a, String b) {
    assertThat(FrenchPhonetic.key(a)).isNotEqualTo(FrenchPhonetic.key(b));
  }

  @Test
  void familyNamesGlueParticlesAndCompounds() {
    assertThat(FrenchNames.familyName("de la Fontaine")).isEqualTo("DELAFONTAINE");
    assertThat(FrenchNames.familyName("Delafontaine")).isEqualTo("DELAFONTAINE");
    assertThat(FrenchNames.familyName("FONTAINE (de la)")).isEqualTo("DELAFONTAINE");
    assertThat(FrenchNames.familyName("Fontaine de La")).isEqualTo("DELAFONTAINE");
    assertThat(FrenchNames.familyName("d'Artagnan")).isEqualTo(FrenchNames.familyName("Dartagnan"));
    assertThat(FrenchNames.familyName("Le Goff")).isEqualTo(FrenchNames.familyName("LEGOFF"));
    assertThat(FrenchNames.familyName("Martin-Dupont")).isEqualTo(FrenchNames.familyName("MARTIN DUPONT"));
    assertThat(FrenchNames.familyName("Cœur")).isEqualTo("COEUR");
    assertThat(FrenchNames.familyName("  ")).isEmpty();
    assertThat(FrenchNames.familyName(null)).isEmpty();
  }

  @Test
  void firstGivenNameIsTheFirstToken() {
    assertThat(FrenchNames.firstGivenName("Marie-Ève")).isEqualTo("MARIE");
    assertThat(FrenchNames.firstGivenName("Marie Eve")).isEqualTo("MARIE");
    assertThat(FrenchNames.firstGivenName("MARIE, Eve, Jeanne")).isEqualTo("MARIE");
    assertThat(FrenchNames.firstGivenName("Éloïse Marie")).isEqualTo("ELOISE");
  }

  @Test
  void spellingVariantsGiveOnePersonKey() {
    LocalDate d = LocalDate.of(2005, 3, 12);
    var a = new PersonIdentity("LEFÈVRE", null, "Marie-Ève Jeanne", d, "N'DIAYE");
    var b = new PersonIdentity("Lefebvre", "MARTIN", "Marie Eve", d, "Ndiaye");
    var c = new PersonIdentity(null, "lefevre", "MARIE", d, "NDIAYE");
    assertThat(IdentityKeys.personKey(a)).isEqualTo(IdentityKeys.personKey(b)).isEqualTo(IdentityKeys.personKey(c)).isPresent();
    assertThat(IdentityKeys.olinpeKey(a)).isEqualTo(IdentityKeys.olinpeKey(b)).isEqualTo(IdentityKeys.olinpeKey(c));
    assertThat(IdentityKeys.personKey(new PersonIdentity("LEFEVRE", null, "Marie", d.plusDays(1), null))).isNotEqualTo(IdentityKeys.personKey(a));
    assertThat(IdentityKeys.personKey(new PersonIdentity("LEFEVRE", null, "Marie", null, null))).isEmpty();
    assertThat(IdentityKeys.olinpeKey(new PersonIdentity("X", null, "Léa", null, null))).isEqualTo("O1|LA|99|9999|");
  }

  @Property
  void keyIsInsensitiveToCaseAndAccents(@ForAll("names") String name) {
    String plain = FrenchNames.fold(name);
    assertThat(FrenchPhonetic.key(name.toLowerCase(java.util.Locale.ROOT))).isEqualTo(FrenchPhonetic.key(plain));
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> names() {
    return net.jqwik.api.Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzéèêëàâçïîôöùûüÉÈ'- ").ofMinLength(1).ofMaxLength(20);
  }
}
