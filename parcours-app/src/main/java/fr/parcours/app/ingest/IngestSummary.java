package fr.parcours.app.ingest;

import static fr.parcours.app.console.Progress.count;

import fr.parcours.engine.workspace.WorkspaceIngest;
import fr.parcours.ingest.load.FileAccount;
import fr.parcours.ingest.load.QualityCode;
import java.io.PrintStream;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Prints the French summary of an ingestion: row accounting per file, rejects and flags. */
public final class IngestSummary {
  private IngestSummary() {}

  public static void print(PrintStream out, WorkspaceIngest.Outcome o, double seconds) {
    var r = o.result();
    out.printf(Locale.FRANCE, "Extrait du %s (%s), département %s, correspondance « %s »%n",
        r.extract().extractDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), r.extract().dateOrigin(),
        r.extract().departement() == null ? "non précisé" : r.extract().departement(), r.mappingName());
    out.println();
    out.printf("%-34s %12s %12s %12s%n", "Fichier", "lues", "chargées", "rejetées");
    for (FileAccount f : r.files()) {
      out.printf("%-34s %12s %12s %12s%n", f.file(), count(f.read()), count(f.loaded()), count(f.rejected()));
    }
    out.printf("%-34s %12s %12s %12s%n", "Total", count(r.totalRead()), count(r.totalLoaded()), count(r.totalRejected()));
    out.println("Chaque fichier vérifie : lues = chargées + rejetées.");
    out.println();
    if (r.rejectsByCode().isEmpty()) {
      out.println("Aucune ligne rejetée.");
    } else {
      out.println("Lignes rejetées par motif :");
      new EnumMap<>(r.rejectsByCode()).forEach((c, n) -> out.printf("  %-26s %10s  %s%n", c.name(), count(n), c.label()));
      out.println("Détail : " + o.rejectsFile());
    }
    Map<QualityCode, Long> flags = new EnumMap<>(QualityCode.class);
    flags.putAll(r.flagsByCode());
    o.crossRowFlags().forEach((c, n) -> { if (n > 0) flags.merge(c, n, Long::sum); });
    out.println();
    if (flags.isEmpty()) {
      out.println("Aucun signalement qualité.");
    } else {
      out.println("Signalements qualité (lignes chargées) :");
      flags.forEach((c, n) -> out.printf("  %-26s %10s  %s%n", c.name(), count(n), c.label()));
    }
    out.println();
    out.printf(Locale.FRANCE, "Workspace : %s (%.1f s)%n", o.database(), seconds);
  }
}
