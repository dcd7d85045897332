package fr.parcours.engine.docs;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.model.CanonicalField;
import fr.parcours.model.CanonicalTable;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/workspace.md must describe every canonical table and column, so it cannot drift from the code. */
class WorkspaceDocTest {
  @Test
  void everyCanonicalColumnIsDocumented() throws Exception {
    String doc = Files.readString(Path.of("..", "docs", "workspace.md"));
    for (CanonicalTable t : CanonicalTable.values()) {
      int at = doc.indexOf("### `" + t.tableName() + "`");
      assertThat(at).as("section de la table %s", t.tableName()).isNotNegative();
      int end = doc.indexOf("### ", at + 4);
      String section = end < 0 ? doc.substring(at) : doc.substring(at, end);
      for (CanonicalField f : t.fields()) {
        assertThat(section).as("colonne %s.%s", t.tableName(), f.name()).contains("| `" + f.name() + "` |");
      }
    }
  }
}
