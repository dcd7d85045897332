package fr.parcours.privacy.convention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.parcours.model.CanonicalTable;
import fr.parcours.model.ParcoursException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConventionLoaderTest {
  static final Path BASE = Path.of("/conventions");

  static Convention demo() {
    return ConventionLoader.parse(ConventionLoader.demoText(), "convention-demo.yaml", BASE);
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
    assertThat(c.quasiIdentifiers()).containsExactly("sex", "birth_date", "unaccompanied_minor");
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

  @Test
  void registerEntryIsFrenchMarkdownAndHtml() {
    String md = RegisterEntry.markdown(demo());
    assertThat(md).contains("art. 30", "Responsable du traitement", "Métropole X", "ARPE", "Durée de conservation", "k = 5", "généraliser (mois)");
    String html = RegisterEntry.html(demo());
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<h1>", "<table>", "<li>");
  }
}
