package fr.parcours.engine.olinpe;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.exchange.audit.AuditLog;
import fr.parcours.exchange.olinpe.OlinpeCatalogue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo's call: the file of the last full year and its check report, and the audit line when the workspace has a log. */
class OlinpeReleaseTest {
  @Test
  void writesTheLastFullYearAndItsReportAndAppendsToTheAuditLog() throws Exception {
    OlinpeExportTest.extractAndWorkspaceIfNeeded();
    Path own = Files.createDirectories(OlinpeExportTest.dir.resolve("ws-release"));
    Files.copy(OlinpeExportTest.ws.resolve("parcours.duckdb"), own.resolve("parcours.duckdb"));
    Path log = own.resolve("journal-audit.jsonl");
    AuditLog.append(log, "essai", Map.of("n", 1));
    int year = OlinpeRelease.lastFullYear(own);
    assertThat(year).isEqualTo(2025);
    var o = OlinpeRelease.run(own, OlinpeExportTest.keystore, OlinpeExportTest.PASS, year, OlinpeExportTest.dir.resolve("demo-olinpe"), m -> {});
    assertThat(o.file()).exists().hasFileName("olinpe-2025.xml");
    assertThat(o.reportHtml()).exists();
    assertThat(o.reportCsv()).exists();
    assertThat(o.export().records()).isPositive();
    assertThat(o.red() + o.orange() + o.green()).isEqualTo(12);
    var entries = AuditLog.verify(log);
    assertThat(entries).hasSize(2);
    assertThat(entries.get(1).operation()).isEqualTo("olinpe");
    assertThat(entries.get(1).details()).containsEntry("annee", 2025);
  }

  @Test
  void docsListEveryVariableAndEveryCheck() throws Exception {
    String doc = Files.readString(Path.of("..", "docs", "olinpe.md"));
    for (var v : OlinpeCatalogue.variables()) assertThat(doc).contains("| " + v.name() + " |");
    for (var c : fr.parcours.exchange.olinpe.OlinpeCheck.values()) assertThat(doc).contains("| " + c.number() + " |");
  }
}
