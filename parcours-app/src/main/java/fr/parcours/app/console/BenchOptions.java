package fr.parcours.app.console;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the benchmarks that generate an extract (a picocli mixin). */
public final class BenchOptions {
  @Option(names = "--persons", defaultValue = "1000000", description = "Personnes de l'extrait généré (défaut : ${DEFAULT-VALUE}).")
  public int persons;

  @Option(names = "--repeat", defaultValue = "2", description = "Répétitions de chaque mesure (meilleur temps gardé ; défaut : ${DEFAULT-VALUE}).")
  public int repeat;

  @Option(names = "--dir", description = "Dossier de travail (défaut : un dossier temporaire, supprimé à la fin).")
  public Path dir;

  /** The working folder: {@code --dir}, or a temporary one named after {@code prefix}. */
  public WorkDir workDir(String prefix) {
    return WorkDir.of(dir, prefix);
  }
}
