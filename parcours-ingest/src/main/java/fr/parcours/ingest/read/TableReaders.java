package fr.parcours.ingest.read;

import fr.parcours.ingest.mapping.SourceMapping;
import fr.parcours.ingest.mapping.TableMapping;
import fr.parcours.model.ParcoursException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the right reader for a mapped table (CSV or XLSX), checking that the file exists. */
public final class TableReaders {
  private TableReaders() {}

  public static TableReader open(Path sourceDir, SourceMapping mapping, TableMapping table) {
    Path file = sourceDir.resolve(table.file());
    if (!Files.isRegularFile(file)) {
      throw new ParcoursException(
          "Fichier manquant : " + file + " (table « " + table.table().label() + " » de la correspondance " + mapping.origin()
              + "). Déposez ce fichier dans le dossier source ou corrigez « fichier » dans la correspondance.");
    }
    if (table.isXlsx()) return new XlsxTableReader(file, table.sheet());
    return new CsvTableReader(file, mapping.encoding(), mapping.separator());
  }
}
