package fr.parcours.privacy.opposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.parcours.model.ParcoursException;
import fr.parcours.privacy.identity.PersonIdentity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OppositionListTest {
  @TempDir Path tmp;

  OppositionList load(String text) throws Exception {
    Path f = tmp.resolve("opposition-" + System.nanoTime() + ".csv");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return OppositionList.load(f);
  }

  static PersonIdentity person(String birth, String usage, String first, LocalDate d) {
    return new PersonIdentity(birth, usage, first, d, null);
  }

  @Test
  void matchesBySourceIdAndByNormalisedIdentityWithSpellingVariants() throws Exception {
    OppositionList l = load("\uFEFFnom_naissance;prenoms;date_naissance;nom_usage;id_individu\n"
        + "LEFÈVRE;Marie-Ève;05/03/2007;;\n"
        + "de la Fontaine;Kévin;2006-11-30;;\n"
        + "\"N'DIAYE\";Aïcha Marie;01/02/2008;;\n"
        + ";;;;IND-42\n"
        + "\n");
    assertThat(l.size()).isEqualTo(4);
    LocalDate d1 = LocalDate.of(2007, 3, 5);
    // Spelling variants the normalisation absorbs: accents, case, phonetic spellings, compound first names.
    for (String family : new String[] {"Lefebvre", "LEFEVRE", "lefèvre", "Lefeuvre"}) {
      for (String first : new String[] {"Marie-Ève", "MARIE EVE", "marie", "Marie, Eve"}) {
        assertThat(l.matches("autre", person(family, null, first, d1))).as(family + " / " + first).isTrue();
      }
    }
    assertThat(l.matches(null, person("DELAFONTAINE", null, "Kevin", LocalDate.of(2006, 11, 30)))).isTrue();
    assertThat(l.matches(null, person("FONTAINE (de la)", null, "KÉVIN", LocalDate.of(2006, 11, 30)))).isTrue();
    assertThat(l.matches(null, person("Ndiaye", null, "Aicha", LocalDate.of(2008, 2, 1)))).isTrue();
    // Birth name missing in the source: the used name identifies.
    assertThat(l.matches(null, person(null, "Lefebvre", "Marie", d1))).isTrue();
    // By source id only.
    assertThat(l.matches("IND-42", person("Autre", null, "Nom", LocalDate.of(2000, 1, 1)))).isTrue();
    assertThat(l.matches("IND-43", person("Autre", null, "Nom", LocalDate.of(2000, 1, 1)))).isFalse();
    // Not the same person: another birth date, another first or family name.
    assertThat(l.matches(null, person("Lefebvre", null, "Marie", d1.plusDays(1)))).isFalse();
    assertThat(l.matches(null, person("Lefebvre", null, "Marine", d1))).isFalse();
    assertThat(l.matches(null, person("Dupont", null, "Marie", d1))).isFalse();
    assertThat(l.matches(null, person("Lefebvre", null, null, d1))).isFalse();
  }

  @Test
  void emptyListMatchesNobody() {
    assertThat(OppositionList.empty().size()).isZero();
    assertThat(OppositionList.empty().matches("X", person("Dupont", null, "Léa", LocalDate.of(2007, 1, 1)))).isFalse();
  }

  @Test
  void badFilesAreRefusedInFrenchWithLineAndColumn() throws Exception {
    assertThatThrownBy(() -> load("nom;prenom\nDUPONT;Léa\n")).isInstanceOf(ParcoursException.class)
        .hasMessageContaining("ligne 1").hasMessageContaining("nom_naissance;prenoms;date_naissance");
    assertThatThrownBy(() -> load("nom_naissance;prenoms;date_naissance\nDUPONT;Léa;32/01/2007\n")).isInstanceOf(ParcoursException.class)
        .hasMessageContaining("ligne 2, colonne 3").hasMessageContaining("jj/mm/aaaa");
    assertThatThrownBy(() -> load("nom_naissance;prenoms;date_naissance\nDUPONT;;05/03/2007\n")).isInstanceOf(ParcoursException.class)
        .hasMessageContaining("ligne 2").hasMessageContaining("identité incomplète");
    assertThatThrownBy(() -> load("")).isInstanceOf(ParcoursException.class).hasMessageContaining("vide");
    assertThatThrownBy(() -> OppositionList.load(tmp.resolve("absent.csv"))).isInstanceOf(ParcoursException.class)
        .hasMessageContaining("introuvable");
  }
}
