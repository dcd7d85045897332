package fr.parcours.privacy.convention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.parcours.model.Nomenclatures;
import fr.parcours.model.ParcoursException;
import fr.parcours.privacy.identity.FrenchNames;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class CommuneTerritoriesTest {
  /** The generator's commune lists (module parcours-ingest), read from the source tree when the build runs in it. */
  static final Path SYNTHETIC = Path.of("..", "parcours-ingest", "src", "main", "resources", "fr", "parcours", "ingest", "synthetic");

  @Test
  void communeNamesNormaliseCaseAccentsHyphensSaintAndArrondissements() {
    assertThat(FrenchNames.commune("Saint-Priest")).isEqualTo("SAINTPRIEST")
        .isEqualTo(FrenchNames.commune("ST PRIEST")).isEqualTo(FrenchNames.commune("st-priest")).isEqualTo(FrenchNames.commune(" Saint Priest "));
    assertThat(FrenchNames.commune("Sainte-Foy-lès-Lyon")).isEqualTo(FrenchNames.commune("STE FOY LES LYON"));
    assertThat(FrenchNames.commune("Vaulx-en-Velin")).isEqualTo(FrenchNames.commune("VAULX EN VELIN")).isEqualTo(FrenchNames.commune("Vaulx en velin"));
    assertThat(FrenchNames.commune("Écully")).isEqualTo(FrenchNames.commune("ECULLY")).isEqualTo(FrenchNames.commune("écully"));
    assertThat(FrenchNames.commune("L'Isle-d'Abeau")).isEqualTo(FrenchNames.commune("L ISLE D ABEAU")).isEqualTo(FrenchNames.commune("LISLE DABEAU"));
    assertThat(FrenchNames.commune("Mulatière (La)")).isEqualTo(FrenchNames.commune("La Mulatière"));
    assertThat(FrenchNames.commune("Lyon 3e")).isEqualTo(FrenchNames.commune("LYON 03")).isEqualTo(FrenchNames.commune("Lyon 1er arrondissement"))
        .isEqualTo(FrenchNames.commune("Lyon (69)")).isEqualTo("LYON");
    assertThat(FrenchNames.commune("Conakry (Guinée)")).isEqualTo("CONAKRYGUINEE");
    assertThat(FrenchNames.commune("Saint-Denis (La Réunion)")).isNotEqualTo(FrenchNames.commune("Saint-Denis"));
    assertThat(FrenchNames.commune(null)).isEmpty();
    assertThat(FrenchNames.commune("  ")).isEmpty();
  }

  @Test
  void builtInCorrespondenceSpreadsTheMetropoleOverItsNineTerritories() {
    CommuneTerritories b = CommuneTerritories.builtIn();
    assertThat(b.territories()).containsAll(Nomenclatures.TERRITORIES.codes()).contains(CommuneTerritories.OUTSIDE);
    assertThat(b.territory("Lyon")).isEqualTo("T01");
    assertThat(b.territory("VILLEURBANNE")).isEqualTo("T03");
    assertThat(b.territory("St Priest")).isEqualTo("T09");
    assertThat(b.territory("Venissieux")).isEqualTo("T06");
    assertThat(b.territory("Paris")).isEqualTo(CommuneTerritories.OUTSIDE);
    assertThat(b.territory("Bamako (Mali)")).isEqualTo(CommuneTerritories.OUTSIDE);
    assertThat(b.territory("Atlantis-sur-Mer")).isNull();
    assertThat(b.territory("")).isNull();
    assertThat(b.territory(null)).isNull();
  }

  @Test
  void everyCommuneTheGeneratorWritesHasATerritory() throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(SYNTHETIC), "sources du générateur absentes");
    CommuneTerritories b = CommuneTerritories.builtIn();
    List<String> missing = new ArrayList<>();
    Set<String> territories = new HashSet<>();
    for (String list : List.of("communes.txt", "communes-mna.txt")) {
      for (String line : Files.readAllLines(SYNTHETIC.resolve(list), StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String commune = line.split(";")[0];
        String t = b.territory(commune);
        if (t == null) missing.add(commune);
        else territories.add(t);
        // The variants a second registration produces (accents dropped, hyphens lost) match too.
        assertThat(b.territory(java.text.Normalizer.normalize(commune, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('-', ' ')))
            .as(commune).isEqualTo(t);
      }
    }
    assertThat(missing).isEmpty();
    assertThat(territories).containsAll(Nomenclatures.TERRITORIES.codes());
  }

  @Test
  void aBadCorrespondenceIsRefusedWithFileLineAndColumn() {
    assertThatThrownBy(() -> CommuneTerritories.parse("commune;territoire\nLyon;T01\nLYON;T02\n", "c.csv"))
        .isInstanceOf(ParcoursException.class).hasMessage("c.csv, ligne 3, colonne 1 : « LYON » est déjà rattachée au territoire T01 (ligne 2) ; une commune n'a qu'un territoire.");
    assertThatThrownBy(() -> CommuneTerritories.parse("commune;territoire\n# commentaire\nBron;Plateau\n", "c.csv"))
        .hasMessageStartingWith("c.csv, ligne 3, colonne 6 : territoire « Plateau » inconnu").hasMessageContaining("T01").hasMessageContaining("HORS_METROPOLE");
    assertThatThrownBy(() -> CommuneTerritories.parse("nom;code\nBron;T09\n", "c.csv")).hasMessageStartingWith("c.csv, ligne 1, colonne 1 : la première ligne doit être l'en-tête");
    assertThatThrownBy(() -> CommuneTerritories.parse("commune;territoire\nBron;T09;x\n", "c.csv")).hasMessageContaining("ligne 2, colonne 1 : deux colonnes attendues");
    assertThatThrownBy(() -> CommuneTerritories.parse("commune;territoire\n", "c.csv")).hasMessageContaining("est vide");
    // The same commune twice with the same territory is an extra spelling, not an error.
    assertThat(CommuneTerritories.parse("\uFEFFcommune;territoire\nSaint-Priest;T09\nST PRIEST;T09\n", "c.csv").size()).isEqualTo(1);
  }
}
