package fr.parcours.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.parcours.model.CanonicalTable;
import fr.parcours.model.ParcoursException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingLoaderTest {
  @TempDir Path tmp;

  @Test
  void builtInMappingDescribesEveryCanonicalTable() {
    SourceMapping m = MappingLoader.builtIn();
    assertThat(m.tables()).containsOnlyKeys(CanonicalTable.values());
    assertThat(m.encoding().name()).isEqualTo("windows-1252");
    assertThat(m.separator()).isEqualTo(';');
    assertThat(m.extract()).isPresent();
  }

  Path write(String yaml) throws Exception {
    Path p = tmp.resolve("m.yaml");
    Files.writeString(p, yaml);
    return p;
  }

  @Test
  void yamlSyntaxErrorNamesLineAndColumn() throws Exception {
    Path p = write("nom: x\ntables:\n  persons:\n    fichier: a.csv\n   colonnes: [\n");
    assertThatThrownBy(() -> MappingLoader.load(p)).isInstanceOf(ParcoursException.class)
        .hasMessageContaining(p.toString()).hasMessageMatching("(?s).*ligne \\d+, colonne \\d+ : YAML illisible.*");
  }

  @Test
  void unknownKeyUnknownFieldAndMissingMandatoryFieldAreRefusedWithTheirPosition() throws Exception {
    assertThatThrownBy(() -> MappingLoader.load(write("nom: x\nencodge: UTF-8\ntables: {}\n")))
        .hasMessageContaining("ligne 2, colonne 1").hasMessageContaining("clé inconnue « encodge »");
    String base = "tables:\n  persons:\n    fichier: i.csv\n    colonnes:\n      person_id: id\n";
    assertThatThrownBy(() -> MappingLoader.load(write(base + "      naissance: dn\n")))
        .hasMessageContaining("ligne 6, colonne 7").hasMessageContaining("champ canonique inconnu « naissance »");
    assertThatThrownBy(() -> MappingLoader.load(write(base + "  measures:\n    fichier: m.csv\n    colonnes:\n      measure_id: id\n")))
        .hasMessageContaining("ligne 9").hasMessageContaining("« person_id »").hasMessageContaining("obligatoire");
    assertThatThrownBy(() -> MappingLoader.load(write(base)))
        .hasMessageContaining("« measures »").hasMessageContaining("obligatoire");
    assertThatThrownBy(() -> MappingLoader.load(write("encodage: KLINGON\n" + base)))
        .hasMessageContaining("ligne 1, colonne 11").hasMessageContaining("encodage inconnu");
    assertThatThrownBy(() -> MappingLoader.load(tmp.resolve("absent.yaml"))).hasMessageContaining("introuvable");
  }
}
