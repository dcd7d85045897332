package fr.parcours.privacy.convention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.parcours.model.CanonicalTable;
import fr.parcours.model.ParcoursException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConventionLoaderTest {
  static final Path BASE = Path.of("/conventions");

  static Convention demo() {
    return ConventionLoader.parse(ConventionLoader.demoText(), "convention-demo.yaml", BASE);
  }

  @Test
  void theDateOfFirstEntryIsAQuasiIdentifierWheneverMeasureStartDatesLeave() {
    assertThat(demo().quasiIdentifiers()).contains(Convention.FIRST_ENTRY);
    assertThat(demo().personQuasiIdentifiers()).doesNotContain(Convention.FIRST_ENTRY).contains("birth_date");
    // Without an explicit list, it is added as soon as measures.start_date is transmitted.
    String implicit = ConventionLoader.demoText().replaceAll("(?m)^quasi_identifiants: .*$", "");
    assertThat(ConventionLoader.parse(implicit, "c.yaml", BASE).firstEntryIsQuasiIdentifier()).isTrue();
    // Listed while the start dates are dropped: refused, with its position.
    String dropped = ConventionLoader.demoText().replace("    start_date: { generaliser: mois }\n    end_date", "    start_date: supprimer\n    end_date");
    assertThat(dropped).isNotEqualTo(ConventionLoader.demoText());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ConventionLoader.parse(dropped, "c.yaml", BASE))
        .hasMessageContaining("ligne 28").hasMessageContaining("date de première entrée n'est pas transmise");
  }

  @Test
  void demoConventionLoads() {
    Convention c = demo();
    assertThat(c.id()).isEqualTo("conv-2026-metropole-x-arpe");
    assertThat(c.kMin()).isEqualTo(5);
    assertThat(c.recipient("arpe").publicKey()).isEqualTo(Path.of("/conventions/cles/arpe.asc"));
    assertThat(c.policy(CanonicalTable.PERSONS, "birth_date")).isEqualTo(FieldPolicy.generalise(FieldPolicy.Level.MONTH));
    assertThat(c.policy(CanonicalTable.PERSONS, "birth_name")).isEqualTo(FieldPolicy.DROP);
    assertThat(c.policy(CanonicalTable.PERSONS, "birth_commune")).isEqualTo(FieldPolicy.DROP);
    assertThat(c.quasiIdentifiers()).containsExactly("sex", "birth_date", "unaccompanied_minor", Convention.FIRST_ENTRY);
    assertThat(c.generalisesCommunes()).isFalse();
    assertThat(c.communeTerritories().origin()).contains("intégrée");
    assertThat(c.exportedTables()).contains(CanonicalTable.PERSONS, CanonicalTable.MEASURES);
  }

  @Test
  void unknownFieldIsAnErrorWithLineAndColumn() {
    String yaml = ConventionLoader.demoText().replace("    unaccompanied_minor: garder\n", "    unaccompanied_minor: garder\n    pointure: garder\n");
    assertThatThrownBy(() -> ConventionLoader.parse(yaml, "c.yaml", BASE))
        .isInstanceOf(ParcoursException.class)
        .hasMessageMatching("(?s)c\\.yaml, ligne \\d+, colonne 5 : champ « pointure » inconnu dans la table persons.*");
  }

  @Test
  void unknownTableAndUnknownKeyAreErrors() {
    assertThatThrownBy(() -> ConventionLoader.parse(ConventionLoader.demoText().replace("  rsa:\n", "  caf:\n"), "c.yaml", BASE))
        .hasMessageContaining("table « caf » inconnue");
    assertThatThrownBy(() -> ConventionLoader.parse(ConventionLoader.demoText().replace("k_minimum: 5", "k_minimum: 5\nk_mini: 3"), "c.yaml", BASE))
        .hasMessageContaining("clé « k_mini » inconnue");
  }

  @Test
  void directIdentifiersCannotLeave() {
    String yaml = ConventionLoader.demoText().replace("    sex: garder\n", "    sex: garder\n    birth_name: garder\n");
    assertThatThrownBy(() -> ConventionLoader.parse(yaml, "c.yaml", BASE)).hasMessageContaining("identifiant direct");
    String gen = ConventionLoader.demoText().replace("    sex: garder\n", "    sex: { generaliser: mois }\n");
    assertThatThrownBy(() -> ConventionLoader.parse(gen, "c.yaml", BASE)).hasMessageContaining("n'est pas une date");
  }

  /** Line (1-based) and column (1-based) of {@code needle} in the first line of {@code yaml} containing {@code lineNeedle}. */
  static String position(String yaml, String lineNeedle, String needle) {
    String[] lines = yaml.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(lineNeedle)) return "ligne " + (i + 1) + ", colonne " + (lines[i].indexOf(needle) + 1);
    }
    throw new AssertionError(lineNeedle);
  }

  /** The demo convention with {@code birth_commune} under {@code rule}, and among the quasi-identifiers. */
  static String withBirthCommune(String rule) {
    return ConventionLoader.demoText().replaceAll("(?m)^    birth_commune: .*\\n", "")
        .replace("    birth_date: { generaliser: mois }\n", "    birth_date: { generaliser: mois }\n    birth_commune: " + rule + "\n")
        .replace("quasi_identifiants: [sex, birth_date, unaccompanied_minor", "quasi_identifiants: [sex, birth_date, birth_commune, unaccompanied_minor");
  }

  @Test
  void communeGeneralisesToTerritoryAndOtherFieldsRefuseIt() {
    Convention c = ConventionLoader.parse(withBirthCommune("{ généraliser: territoire }"), "c.yaml", BASE);
    assertThat(c.policy(CanonicalTable.PERSONS, "birth_commune").label()).isEqualTo("généraliser (territoire)");
    assertThat(c.generalisesCommunes()).isTrue();

    // territoire on a date, on a code: refused where the level is written.
    String onDate = ConventionLoader.demoText().replace("    birth_date: { generaliser: mois }\n", "    birth_date: { generaliser: territoire }\n");
    assertThatThrownBy(() -> ConventionLoader.parse(onDate, "c.yaml", BASE)).isInstanceOf(ParcoursException.class)
        .hasMessageStartingWith("c.yaml, " + position(onDate, "birth_date: { generaliser: territoire }", "territoire") + " : persons.birth_date n'est pas une commune")
        .hasMessageContaining("mois, annee ou periode_5ans");
    String onCode = ConventionLoader.demoText().replace("    sex: garder\n", "    sex: {generaliser: territoire}\n");
    assertThatThrownBy(() -> ConventionLoader.parse(onCode, "c.yaml", BASE))
        .hasMessageStartingWith("c.yaml, " + position(onCode, "sex: {generaliser: territoire}", "territoire") + " : persons.sex n'est pas une commune");
    String onMeasure = ConventionLoader.demoText().replace("    territory: garder\n", "    territory: { generaliser: territoire }\n");
    assertThatThrownBy(() -> ConventionLoader.parse(onMeasure, "c.yaml", BASE)).hasMessageContaining("measures.territory n'est pas une commune");

    // A date level on a text field: refused, pointing to territoire for a commune.
    String monthOnCommune = withBirthCommune("{ generaliser: mois }");
    assertThatThrownBy(() -> ConventionLoader.parse(monthOnCommune, "c.yaml", BASE))
        .hasMessageStartingWith("c.yaml, " + position(monthOnCommune, "birth_commune: { generaliser: mois }", "mois") + " : persons.birth_commune n'est pas une date")
        .hasMessageContaining("{ generaliser: territoire }");
    assertThatThrownBy(() -> ConventionLoader.parse(withBirthCommune("{ generaliser: canton }"), "c.yaml", BASE))
        .hasMessageContaining("niveau « canton » inconnu").hasMessageContaining("territoire pour une commune");
    assertThatThrownBy(() -> ConventionLoader.parse(withBirthCommune("generaliser"), "c.yaml", BASE))
        .hasMessageContaining("{ generaliser: territoire }");
  }

  @Test
  void aConventionNamesItsOwnCorrespondenceRelativeToItsFolder(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("donnees"));
    Files.writeString(dir.resolve("donnees/communes.csv"), "commune;territoire\nAurillac;T01\nSaint-Flour;T02\nParis;HORS_METROPOLE\n");
    String yaml = withBirthCommune("{ generaliser: territoire }").replace("k_minimum: 5", "k_minimum: 5\ncorrespondance_communes: donnees/communes.csv");
    Path file = dir.resolve("convention.yaml");
    Files.writeString(file, yaml);
    Convention c = ConventionLoader.load(file);
    assertThat(c.communeTerritories().origin()).isEqualTo(dir.resolve("donnees/communes.csv").toString());
    assertThat(c.communeTerritories().territory("ST FLOUR")).isEqualTo("T02");
    assertThat(c.communeTerritories().territory("Lyon")).isNull();

    String missing = yaml.replace("donnees/communes.csv", "donnees/absent.csv");
    assertThatThrownBy(() -> ConventionLoader.parse(missing, "c.yaml", dir))
        .hasMessageStartingWith("c.yaml, " + position(missing, "correspondance_communes:", "donnees") + " : correspondance des communes introuvable");

    Files.writeString(dir.resolve("donnees/communes.csv"), "commune;territoire\nAurillac;T01\nSaint-Flour;T42\n");
    assertThatThrownBy(() -> ConventionLoader.load(file))
        .hasMessageStartingWith(dir.resolve("donnees/communes.csv") + ", ligne 3, colonne 13 : territoire « T42 » inconnu");
  }

  @Test
  void registerEntryIsFrenchMarkdownAndHtml() {
    String md = RegisterEntry.markdown(demo());
    assertThat(md).contains("art. 30", "Responsable du traitement", "Métropole X", "ARPE", "Durée de conservation", "k = 5", "généraliser (mois)",
        "date de naissance complète, commune de naissance…");
    assertThat(md).doesNotContain("généraliser (territoire)", "des communes en territoires");
    String territories = RegisterEntry.markdown(ConventionLoader.parse(withBirthCommune("{ generaliser: territoire }"), "c.yaml", BASE));
    assertThat(territories).contains("| Individus | commune de naissance | généraliser (territoire) |", "des communes en territoires",
        "jamais comme un nom de commune", "quasi-identifiants (sex, birth_date, birth_commune, unaccompanied_minor, date_premiere_entree)");
    assertThat(territories).doesNotContain(", commune de naissance…");
    String html = RegisterEntry.html(demo());
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<h1>", "<table>", "<li>");
  }
}
