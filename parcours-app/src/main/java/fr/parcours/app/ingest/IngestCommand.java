package fr.parcours.app.ingest;

import fr.parcours.app.console.Progress;
import fr.parcours.engine.workspace.WorkspaceIngest;
import fr.parcours.ingest.mapping.MappingLoader;
import fr.parcours.ingest.mapping.SourceMapping;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parcours ingest}: loads an extract into a workspace, accounting for every row. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Charge un extrait (CSV ou XLSX) dans un workspace, via un fichier de correspondance.",
      "Chaque ligne est chargée ou rejetée avec un motif ; l'opération est atomique et rejouable."
    })
public final class IngestCommand implements Callable<Integer> {

  @Option(names = "--source", required = true, description = "Dossier de l'extrait.")
  Path source;

  @Option(names = "--mapping", description = "Fichier de correspondance YAML (défaut : celle de l'extrait de référence).")
  Path mapping;

  @Option(names = "--workspace", required = true, description = "Dossier du workspace (créé s'il n'existe pas).")
  Path workspace;

  @Option(names = "--encoding", description = "Encodage des fichiers CSV, s'il diffère de la correspondance (UTF-8, windows-1252…).")
  String encoding;

  @Option(names = "--extract-date", description = "Date d'extraction jj/mm/aaaa, si la source ne la donne pas.", converter = FrenchDateConverter.class)
  LocalDate extractDate;

  @Override
  public Integer call() {
    SourceMapping m = mapping == null ? MappingLoader.builtIn() : MappingLoader.load(mapping);
    if (encoding != null) m = MappingOverrides.withEncoding(m, encoding);
    Progress progress = new Progress(System.err);
    long start = System.nanoTime();
    WorkspaceIngest.Outcome outcome =
        WorkspaceIngest.run(source, m, workspace, extractDate, (file, rows) -> progress.update("Lecture de " + file, rows, 0, "lignes"));
    progress.done();
    IngestSummary.print(System.out, outcome, (System.nanoTime() - start) / 1e9);
    return 0;
  }
}
