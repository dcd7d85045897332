package fr.parcours.app.console;

import fr.parcours.model.ParcoursException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The working folder of a command that makes throwaway data (benchmarks): the one the user gave,
 * kept afterwards, or a temporary one removed on {@link #close()}.
 */
public final class WorkDir implements AutoCloseable {
  private final Path path;
  private final boolean temporary;

  private WorkDir(Path path, boolean temporary) {
    this.path = path;
    this.temporary = temporary;
  }

  /** {@code given} if not null (created if needed), else a new temporary folder named after {@code prefix}. */
  public static WorkDir of(Path given, String prefix) {
    try {
      return given != null ? new WorkDir(Files.createDirectories(given.toAbsolutePath()), false)
          : new WorkDir(Files.createTempDirectory(prefix), true);
    } catch (IOException e) {
      throw new ParcoursException("Création impossible du dossier de travail : " + e.getMessage(), e);
    }
  }

  public Path path() {
    return path;
  }

  public Path resolve(String name) {
    return path.resolve(name);
  }

  @Override
  public void close() {
    if (temporary) deleteTree(path);
  }

  /** Deletes a folder and everything in it (nothing if it does not exist). */
  public static void deleteTree(Path p) {
    if (!Files.exists(p)) return;
    try (Stream<Path> walk = Files.walk(p)) {
      for (Path x : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
    } catch (IOException e) {
      throw new ParcoursException("Suppression impossible de " + p + " : " + e.getMessage(), e);
    }
  }
}
