package fr.parcours.engine.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.ingest.load.IngestProgress;
import fr.parcours.ingest.mapping.MappingLoader;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A département whose reporting tool exports one workbook, with its own column names and codes. */
class XlsxIngestTest {
  @TempDir Path tmp;

  @Test
  void readsSheetsOfAWorkbookThroughACustomMapping() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src"));
    try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(src.resolve("export.xlsx"))) {
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      Sheet p = wb.createSheet("Enfants");
      row(p, 0, date, "N° dossier", "Nom", "Prénom", "Genre", "Né(e) le");
      row(p, 1, date, "A-001", "GARCÍA", "Inès", "Fille", LocalDate.of(2008, 5, 17));
      row(p, 2, date, "A-002", "MÜLLER", "Noé", "Garçon", LocalDate.of(2010, 1, 2));
      Sheet m = wb.createSheet("Mesures");
      row(m, 0, date, "N° mesure", "N° dossier", "Mesure", "Début", "Fin", "Secteur");
      row(m, 1, date, "X1", "A-001", "Placement judiciaire", LocalDate.of(2015, 3, 1), null, "T04");
      row(m, 2, date, "X2", "A-002", "AEMO", LocalDate.of(2016, 3, 1), LocalDate.of(2017, 2, 28), "T05");
      row(m, 3, date, "X3", "A-404", "AEMO", LocalDate.of(2016, 3, 1), null, "T05");
      wb.write(out);
      wb.dispose();
    }
    Path mapping = tmp.resolve("export.yaml");
    Files.writeString(mapping, """
        nom: Export Excel d'un autre logiciel
        tables:
          persons:
            fichier: export.xlsx
            feuille: Enfants
            colonnes: {person_id: "N° dossier", birth_name: Nom, first_names: Prénom, sex: Genre, birth_date: "Né(e) le"}
            codes:
              sex: {Fille: F, Garçon: M}
          measures:
            fichier: export.xlsx
            feuille: Mesures
            colonnes: {measure_id: "N° mesure", person_id: "N° dossier", measure_type: Mesure, start_date: Début, end_date: Fin, territory: Secteur}
            codes:
              measure_type: {"Placement judiciaire": PJ}
        """);
    var o = WorkspaceIngest.run(src, MappingLoader.load(mapping), tmp.resolve("ws"), LocalDate.of(2025, 12, 31), IngestProgress.NONE);
    assertThat(o.result().totalRead()).isEqualTo(5);
    assertThat(o.result().totalRejected()).isEqualTo(1);
    assertThat(WorkspaceIngestTest.rows(tmp.resolve("ws"), "SELECT person_id, birth_name, first_names, sex, birth_date FROM persons ORDER BY 1"))
        .containsExactly("A-001|GARCÍA|Inès|F|2008-05-17", "A-002|MÜLLER|Noé|M|2010-01-02");
    assertThat(WorkspaceIngestTest.rows(tmp.resolve("ws"), "SELECT measure_id, measure_type, nature, start_date, end_date, source_line FROM measures ORDER BY 1"))
        .containsExactly("X1|PJ|JUD|2015-03-01|null|2", "X2|AEMO|JUD|2016-03-01|2017-02-28|3");
    assertThat(WorkspaceIngestTest.rows(tmp.resolve("ws"), "SELECT line, code FROM rejects")).containsExactly("4|INDIVIDU_INCONNU");
  }

  private static void row(Sheet sheet, int r, CellStyle dateStyle, Object... values) {
    Row row = sheet.createRow(r);
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v == null) continue;
      var cell = row.createCell(i);
      if (v instanceof LocalDate d) {
        cell.setCellValue(d);
        cell.setCellStyle(dateStyle);
      } else {
        cell.setCellValue(v.toString());
      }
    }
  }
}
