package fr.parcours.engine.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.parcours.ingest.load.FileAccount;
import fr.parcours.ingest.load.IngestProgress;
import fr.parcours.ingest.mapping.MappingLoader;
import fr.parcours.ingest.mapping.SourceMapping;
import fr.parcours.model.ParcoursException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceIngestTest {
  @TempDir Path tmp;
  final SourceMapping reference = MappingLoader.builtIn();

  WorkspaceIngest.Outcome ingest(Path source, Path ws) {
    return WorkspaceIngest.run(source, reference, ws, null, IngestProgress.NONE);
  }

  static List<String> rows(Path ws, String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (Workspace w = Workspace.open(ws); Statement s = w.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) sb.append(i > 1 ? "|" : "").append(rs.getString(i));
        out.add(sb.toString());
      }
    }
    return out;
  }

  @Test
  void cleanExtractLoadsEveryRowWithAccentsIntact() throws Exception {
    Path src = ExtractFixture.basic().write(tmp.resolve("src"));
    var o = ingest(src, tmp.resolve("ws"));
    assertThat(o.result().totalRejected()).isZero();
    assertThat(o.result().totalLoaded()).isEqualTo(o.result().totalRead()).isEqualTo(14);
    assertThat(rows(tmp.resolve("ws"), "SELECT birth_name, first_names, usage_name FROM persons WHERE person_id = 'I2'"))
        .containsExactly("N'DIAYE|Éloïse Marie|LEFÈVRE");
    assertThat(rows(tmp.resolve("ws"), "SELECT nature, start_date, end_date FROM measures WHERE measure_id = 'M3'"))
        .containsExactly("ADM|2015-09-01|2016-06-30");
    assertThat(rows(tmp.resolve("ws"), "SELECT danger_types FROM concern_reports")).containsExactly("NEGLIG|VIOLPSY");
    assertThat(rows(tmp.resolve("ws"), "SELECT unaccompanied_minor FROM persons ORDER BY person_id")).containsExactly("false", "false", "true");
    assertThat(rows(tmp.resolve("ws"), "SELECT count(*) FROM quality_flags")).containsExactly("0");
  }

  @Test
  void latin1AndUtf8WithBomReadTheSame() throws Exception {
    Path latin = ExtractFixture.basic().charset(StandardCharsets.ISO_8859_1, false).write(tmp.resolve("latin"));
    Path bom = ExtractFixture.basic().charset(StandardCharsets.UTF_8, true).write(tmp.resolve("bom"));
    SourceMapping latinMapping = withEncoding(reference, "ISO-8859-1");
    WorkspaceIngest.run(latin, latinMapping, tmp.resolve("ws1"), null, IngestProgress.NONE);
    // The BOM wins over the mapping's declared windows-1252.
    ingest(bom, tmp.resolve("ws2"));
    String q = "SELECT person_id, usage_name, birth_name, first_names, birth_commune, mother_birth_name FROM persons ORDER BY 1";
    assertThat(rows(tmp.resolve("ws1"), q)).isEqualTo(rows(tmp.resolve("ws2"), q)).contains("I2|LEFÈVRE|N'DIAYE|Éloïse Marie|Vénissieux|GARÇON");
  }

  @Test
  void everyRowIsLoadedOrRejectedWithItsReason() throws Exception {
    Path src = ExtractFixture.basic()
        .add("individus.csv", ";;SANSID;Paul;M;01/01/2004;;;N;")
        .add("individus.csv", "I4;;Ã‰LOI;Jean;M;31/02/2004;;;N;")
        .add("individus.csv", "I5;;PETIT;Zoé;F;01/01/1900;;;N;")
        .add("individus.csv", "I1;;DUPONT;Léa;F;12/03/2005;Lyon;MARTIN;N;")
        .add("mesures.csv", "M5;I9;PJ;;JE;01/01/2012;;;T01")
        .add("mesures.csv", "M6;I2;AED;;PCD;01/01/2012;01/01/2011;;T02")
        .add("mesures.csv", "M7;I2;ZZZ;;PCD;01/01/2012;;;T02")
        .add("mesures.csv", "M8;I2;AED;;PCD;;;;T02")
        .add("mesures.csv", "M9;I2;AED;;PCD;01/01/1900;;;T02")
        .add("mesures.csv", "M10;I2;AED;;PCD;2012-13-01;;;T02")
        .add("mesures.csv", "M11;I2;AED;PCD;01/01/2012;;;T02")
        .add("lieux_accueil.csv", "L9;M404;I1;AF;01/01/2012;;999")
        .write(tmp.resolve("src"));
    var o = ingest(src, tmp.resolve("ws"));
    for (FileAccount f : o.result().files()) assertThat(f.read()).isEqualTo(f.loaded() + f.rejected());
    assertThat(rows(tmp.resolve("ws"), "SELECT file_name, line, code FROM rejects ORDER BY file_name, line"))
        .containsExactly(
            "individus.csv|5|CHAMP_OBLIGATOIRE_VIDE",
            "individus.csv|8|IDENTIFIANT_EN_DOUBLE",
            "lieux_accueil.csv|5|MESURE_INCONNUE",
            "mesures.csv|6|INDIVIDU_INCONNU",
            "mesures.csv|7|FIN_AVANT_DEBUT",
            "mesures.csv|8|CODE_INCONNU",
            "mesures.csv|9|CHAMP_OBLIGATOIRE_VIDE",
            "mesures.csv|10|DATE_FICTIVE",
            "mesures.csv|11|DATE_ILLISIBLE",
            "mesures.csv|12|NOMBRE_DE_CHAMPS");
    assertThat(rows(tmp.resolve("ws"), "SELECT row_id, code FROM quality_flags WHERE table_name = 'persons' ORDER BY row_id, code"))
        .containsExactly("I4|DATE_ILLISIBLE", "I4|ENCODAGE_REPARE", "I5|DATE_FICTIVE");
    assertThat(rows(tmp.resolve("ws"), "SELECT birth_name, birth_date FROM persons WHERE person_id = 'I4'")).containsExactly("ÉLOI|null");
    String rejectsCsv = Files.readString(o.rejectsFile(), StandardCharsets.UTF_8);
    assertThat(rejectsCsv).startsWith("\ufefffichier;ligne;colonne;code;motif").contains("mesures.csv;7;date_fin;FIN_AVANT_DEBUT");
  }

  @Test
  void crossRowRulesFlagDuplicatesOverlapsMissingEndsAndImpossibleBirths() throws Exception {
    Path src = ExtractFixture.basic()
        .add("individus.csv", "I6;;DUPOND;Léa;F;12/03/2005;Lyon;MARTIN;N;")
        .add("individus.csv", "I7;;ANCIEN;Marc;M;01/01/1990;;;N;")
        .add("individus.csv", "I8;;FUTUR;Ana;F;01/01/2015;;;N;")
        .add("mesures.csv", "M20;I1;AEMO;Judiciaire;JE;01/01/2010;31/12/2011;RELAIS;T01")
        .add("mesures.csv", "M21;I7;AEMO;;JE;01/01/2000;;;T01")
        .add("mesures.csv", "M22;I8;AED;;PCD;01/01/2012;;;T01")
        .add("mesures.csv", "M23;I8;AED;;PCD;01/01/2016;;;T01")
        .add("lieux_accueil.csv", "L20;M2;I1;HOTEL;01/03/2013;01/05/2013;999")
        .write(tmp.resolve("src"));
    ingest(src, tmp.resolve("ws"));
    assertThat(rows(tmp.resolve("ws"), "SELECT code, row_id FROM quality_flags ORDER BY code, row_id"))
        .containsExactly(
            "CHEVAUCHEMENT|L1", "CHEVAUCHEMENT|L20",
            "DEBUT_AVANT_NAISSANCE|I8", "DEBUT_AVANT_NAISSANCE|M22",
            "DOUBLON_PROBABLE|I1", "DOUBLON_PROBABLE|I6",
            "FIN_MANQUANTE_PROBABLE|M21", "FIN_MANQUANTE_PROBABLE|M22",
            "MESURE_EN_DOUBLE|M1", "MESURE_EN_DOUBLE|M20");
  }

  @Test
  void aConventionalBirthDateSharedByManyPersonsDoesNotBlowUpTheDuplicateSearch() throws Exception {
    // 1 January given to many unaccompanied minors: one block far above the pairwise limit.
    ExtractFixture f = ExtractFixture.basic();
    for (int i = 0; i < CrossRowChecks.MAX_BLOCK + 300; i++) f.add("individus.csv", "MNA" + i + ";;NOMA" + i + ";Ali;M;01/01/2006;;;O;");
    f.add("individus.csv", "I9;;DUPONT;Lea;F;12/03/2005;Lyon;MARTIN;N;");
    ingest(f.write(tmp.resolve("src")), tmp.resolve("ws"));
    assertThat(rows(tmp.resolve("ws"), "SELECT row_id FROM quality_flags WHERE code = 'DOUBLON_PROBABLE' ORDER BY 1"))
        .containsExactly("I1", "I9");
  }

  @Test
  void reRunGivesTheSameWorkspaceAndASecondExtractSitsBeside() throws Exception {
    Path src = ExtractFixture.basic().write(tmp.resolve("src"));
    Path ws = tmp.resolve("ws");
    ingest(src, ws);
    String all = "SELECT * EXCLUDE (extract_id) FROM measures ORDER BY measure_id";
    List<String> first = rows(ws, all);
    ingest(src, ws);
    assertThat(rows(ws, all)).isEqualTo(first);
    assertThat(rows(ws, "SELECT count(*) FROM extracts")).containsExactly("1");
    Path next = ExtractFixture.basic().add("extraction.csv", "").write(tmp.resolve("src2"));
    Files.writeString(next.resolve("extraction.csv"), "date_extraction;departement;logiciel\r\n31/12/2026;999;IODAS\r\n");
    ingest(next, ws);
    assertThat(rows(ws, "SELECT extract_id, rows_loaded FROM extracts ORDER BY 1")).containsExactly("2025-12-31|14", "2026-12-31|14");
    assertThat(rows(ws, "SELECT count(DISTINCT person_id), count(*) FROM persons")).containsExactly("3|6");
    assertThat(rows(ws, "SELECT count(*) FROM extract_files WHERE length(sha256) = 64")).containsExactly("14");
    var journal = fr.parcours.exchange.audit.AuditLog.verify(ws.resolve(Workspace.AUDIT_LOG));
    assertThat(journal).extracting(fr.parcours.exchange.audit.AuditLog.Entry::operation).containsExactly("extraction", "extraction", "extraction");
    assertThat(Files.readString(ws.resolve(Workspace.AUDIT_LOG))).doesNotContain("DUPONT").doesNotContain("Léa");
  }

  @Test
  void fatalErrorsNameTheFileLineAndColumnAndLeaveTheWorkspaceUntouched() throws Exception {
    Path ws = tmp.resolve("ws");
    ingest(ExtractFixture.basic().write(tmp.resolve("good")), ws);
    byte[] before = Files.readAllBytes(ws.resolve(Workspace.DATABASE));

    Path missingFile = ExtractFixture.basic().without("lieux_accueil.csv").write(tmp.resolve("f1"));
    assertThatThrownBy(() -> ingest(missingFile, ws)).isInstanceOf(ParcoursException.class)
        .hasMessageContaining("Fichier manquant").hasMessageContaining("lieux_accueil.csv");

    Path missingColumn = ExtractFixture.basic()
        .header("mesures.csv", "id_mesure;id_individu;type;nature;decideur;date_debut;date_fin;motif_fin;territoire").write(tmp.resolve("f2"));
    assertThatThrownBy(() -> ingest(missingColumn, ws)).isInstanceOf(ParcoursException.class)
        .hasMessageContaining("mesures.csv, ligne 1").hasMessageContaining("« type_mesure »").hasMessageContaining("absente");

    Path utf8 = ExtractFixture.basic().charset(StandardCharsets.UTF_8, false).write(tmp.resolve("f3"));
    assertThatThrownBy(() -> ingest(utf8, ws)).isInstanceOf(ParcoursException.class)
        .hasMessageContaining("individus.csv, ligne 2").hasMessageContaining("UTF-8");

    Path cp1252 = ExtractFixture.basic().write(tmp.resolve("f4"));
    assertThatThrownBy(() -> WorkspaceIngest.run(cp1252, withEncoding(reference, "UTF-8"), ws, null, IngestProgress.NONE))
        .isInstanceOf(ParcoursException.class).hasMessageContaining("individus.csv, ligne 2").hasMessageContaining("windows-1252");

    assertThat(Files.readAllBytes(ws.resolve(Workspace.DATABASE))).isEqualTo(before);
    try (var files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".ingestion-"));
    }
  }

  @Test
  void aFailureMidIngestLeavesThePreviousWorkspace() throws Exception {
    Path ws = tmp.resolve("ws");
    ingest(ExtractFixture.basic().write(tmp.resolve("good")), ws);
    byte[] before = Files.readAllBytes(ws.resolve(Workspace.DATABASE));
    Path src = ExtractFixture.basic().write(tmp.resolve("src2"));
    IngestProgress crash = (file, rows) -> {
      if (file.equals("mesures.csv")) throw new IllegalStateException("panne simulée");
    };
    assertThatThrownBy(() -> WorkspaceIngest.run(src, reference, ws, java.time.LocalDate.of(2026, 6, 30), crash))
        .hasMessageContaining("panne simulée");
    assertThat(Files.readAllBytes(ws.resolve(Workspace.DATABASE))).isEqualTo(before);
  }

  static SourceMapping withEncoding(SourceMapping m, String cs) {
    return m.withEncoding(java.nio.charset.Charset.forName(cs));
  }
}
