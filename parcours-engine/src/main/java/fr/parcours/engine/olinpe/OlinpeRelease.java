package fr.parcours.engine.olinpe;

import fr.parcours.engine.workspace.Workspace;
import fr.parcours.exchange.olinpe.OlinpeCheck;
import fr.parcours.exchange.olinpe.OlinpeCheckReport;
import fr.parcours.exchange.olinpe.OlinpeChecks;
import fr.parcours.exchange.olinpe.OlinpeFile;
import fr.parcours.model.ParcoursException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * OLINPE in one call, for the demo and the CLI: the file of a year and its check report.
 *
 * <pre>{@code
 * int year = OlinpeRelease.lastFullYear(workspace);
 * OlinpeRelease.Outcome o = OlinpeRelease.run(workspace, keystore, passphrase, year, outDir, progress);
 * // o.file() = outDir/olinpe-<year>.xml ; o.reportHtml(), o.reportCsv() = outDir/olinpe-<year>-controle.html|.csv
 * }</pre>
 */
public final class OlinpeRelease {
  private OlinpeRelease() {}

  /** The file written, its check report, and their figures. */
  public record Outcome(Path file, Path reportHtml, Path reportCsv, OlinpeExport.Result export, long red, long orange, long green) {}

  /** The paths and grades of a check report. */
  public record CheckOutcome(Path reportHtml, Path reportCsv, OlinpeChecks.Report report) {
    public long count(OlinpeCheck.Grade g) {
      return report.count(g);
    }
  }

  /** The last complete year of the workspace's latest extract (its year if extracted on 31 December, else the year before). */
  public static int lastFullYear(Path workspace) {
    try (Workspace ws = Workspace.open(workspace)) {
      LocalDate d = ws.latestExtract().orElseThrow(() -> new ParcoursException("Le workspace " + workspace + " ne contient aucun extrait.")).date();
      return d.equals(LocalDate.of(d.getYear(), 12, 31)) ? d.getYear() : d.getYear() - 1;
    }
  }

  /** Writes {@code outDir/olinpe-<year>.xml} and its check report (the previous years' files in {@code outDir} are used for C06). */
  public static Outcome run(Path workspace, Path keystore, char[] passphrase, int year, Path outDir, Consumer<String> progress) {
    Path file = outDir.resolve("olinpe-" + year + ".xml");
    OlinpeExport.Result r = OlinpeExport.run(new OlinpeExport.Settings(workspace, keystore, passphrase, year, file, "xml"), progress);
    List<Path> previous = new ArrayList<>();
    for (int y = OlinpeExport.FIRST_YEAR; y < year; y++) {
      Path p = outDir.resolve("olinpe-" + y + ".xml");
      if (Files.isRegularFile(p)) previous.add(p);
    }
    CheckOutcome c = check(file, previous, outDir);
    progress.accept("Contrôles OLINPE : " + c.count(OlinpeCheck.Grade.ROUGE) + " rouge(s), " + c.count(OlinpeCheck.Grade.ORANGE) + " orange(s), "
        + c.count(OlinpeCheck.Grade.VERT) + " vert(s)");
    return new Outcome(file, c.reportHtml(), c.reportCsv(), r, c.count(OlinpeCheck.Grade.ROUGE), c.count(OlinpeCheck.Grade.ORANGE), c.count(OlinpeCheck.Grade.VERT));
  }

  /** Checks {@code file} (XML or CSV, ours or another software's) and writes {@code <name>-controle.html/.csv} in {@code outDir}. */
  public static CheckOutcome check(Path file, List<Path> previous, Path outDir) {
    if (!Files.isRegularFile(file)) throw new ParcoursException("Fichier OLINPE introuvable : " + file + ". Donnez le chemin d'un fichier XML ou CSV.");
    List<OlinpeFile> prev = new ArrayList<>();
    for (Path p : previous) {
      if (!Files.isRegularFile(p)) throw new ParcoursException("Fichier précédent introuvable : " + p + " (option --previous).");
      prev.add(OlinpeFile.read(p));
    }
    OlinpeChecks.Report report = OlinpeChecks.run(OlinpeFile.read(file), prev);
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String base = (dot > 0 ? name.substring(0, dot) : name) + "-controle";
    Path dir = outDir != null ? outDir : file.toAbsolutePath().getParent();
    var w = OlinpeCheckReport.write(report, dir, base);
    return new CheckOutcome(w.html(), w.csv(), report);
  }
}
