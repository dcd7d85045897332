package fr.parcours.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.parcours.app.web.auth.Role;
import fr.parcours.app.web.report.Catalog;
import fr.parcours.app.web.report.CohortQuery;
import fr.parcours.app.web.report.Exports;
import fr.parcours.app.web.report.Figure;
import fr.parcours.app.web.report.Page;
import fr.parcours.trajectory.cohort.CohortAxis;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No published figure (page, JSON, CSV, report) shows a count under the threshold; CSV = API = table. */
class ObservatoryPublicationTest {
  static ObservatoryServer server;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() {
    server = WebFixture.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void everyFigureHasDataAndNoSmallCell() {
    List<CohortQuery> queries = new ArrayList<>();
    for (CohortAxis a : CohortAxis.values()) for (String cross : List.of("aucun", "territoire", "sexe", "mna")) queries.add(new CohortQuery(a, cross, "", 1990, 2100));
    for (String ind : server.observatory().cohortIndicators().keySet()) queries.add(new CohortQuery(CohortAxis.BIRTH_YEAR, "territoire", ind, 1990, 2100));
    for (Page p : Page.values()) {
      for (CohortQuery q : p == Page.COHORTS ? queries : List.of(CohortQuery.DEFAULT)) {
        for (Figure f : server.observatory().figures(p, Role.ADMIN, q)) {
          assertThat(f.rows()).as(f.id()).isNotEmpty();
          assertThat(f.title()).as(f.id()).isNotBlank().doesNotContain("non disponible");
          PublishedFigures.assertNoSmallCell(f.id() + " " + q, f.columns().stream().map(c -> c.kind().name()).toList(), f.rows(), WebFixture.THRESHOLD);
        }
      }
    }
  }

  @Test
  void theChronogramSharesAddTo100AtEveryAge() {
    Figure f = server.observatory().figure("chronogramme", CohortQuery.DEFAULT).orElseThrow();
    assertThat(f.headers().get(f.headers().size() - 1)).isEqualTo("Autres états (effectifs masqués) (%)");
    int withBand = 0;
    for (List<String> row : f.rows()) {
      if (row.get(1).isEmpty() || row.get(1).equals("0")) continue;
      double sum = 0;
      for (String c : row.subList(2, row.size())) if (!c.equals("s") && !c.equals("c")) sum += Double.parseDouble(c.replace(',', '.'));
      assertThat(sum).as("âge " + row.get(0) + " : " + row).isBetween(99.4, 100.6);
      if (!row.get(row.size() - 1).equals("0,0")) withBand++;
    }
    assertThat(withBand).as("au moins un âge a des états masqués sur 3 000 personnes").isPositive();
  }

  @Test
  void csvDownloadsAreExactlyTheApiTables() throws Exception {
    WebFixture.Client c = new WebFixture.Client(server).as(Role.ANALYST);
    for (Catalog.Entry e : Catalog.ENTRIES) {
      String q = e.id().equals("cohorte") ? "?axe=birth_year&croisement=sexe&de=1995&a=2005" : "";
      HttpResponse<String> api = c.get("/api/figures/" + e.id() + q);
      HttpResponse<String> csv = c.get("/telecharger/" + e.id() + ".csv" + q);
      assertThat(api.statusCode()).as(e.id()).isEqualTo(200);
      assertThat(csv.statusCode()).as(e.id()).isEqualTo(200);
      assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
      JsonNode j = JSON.readTree(api.body());
      List<List<String>> expected = new ArrayList<>();
      expected.add(strings(j.get("colonnes")));
      for (JsonNode r : j.get("lignes")) expected.add(strings(r));
      assertThat(Exports.parseCsv(csv.body())).as(e.id()).isEqualTo(expected);
      PublishedFigures.assertNoSmallCell("CSV " + e.id(), strings(j.get("types")), expected.subList(1, expected.size()), WebFixture.THRESHOLD);
    }
  }

  @Test
  void theReportIsSelfContainedAndShowsOnlyViewerFigures(@TempDir Path dir) throws Exception {
    Path html = ObservatoryReport.write(server.observatory(), dir.resolve("rapport.html"));
    String s = Files.readString(html);
    assertThat(s).doesNotContain("<script src=").doesNotContain("href=\"http").doesNotContain("src=\"http").contains("echarts");
    for (ReportView.Section sec : ObservatoryReport.sections(server.observatory())) {
      for (var fv : sec.figures()) {
        Figure f = fv.figure();
        assertThat(f.minRole()).isEqualTo(Role.VIEWER);
        assertThat(s).contains("id=\"f-" + f.id() + "\"");
        PublishedFigures.assertNoSmallCell("rapport " + f.id(), f.columns().stream().map(c -> c.kind().name()).toList(), f.rows(), WebFixture.THRESHOLD);
      }
    }
    assertThat(s).doesNotContain("f-tapis-individuel").doesNotContain("f-typologie-representants").doesNotContain("Journal d'audit");
    if (Files.isExecutable(Path.of("/usr/bin/chromium"))) {
      Path pdf = dir.resolve("rapport.pdf");
      assertThat(ObservatoryReport.printPdf(html, pdf)).isTrue();
      assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }
  }

  private static List<String> strings(JsonNode arr) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : arr) out.add(n.asText());
    return out;
  }
}
