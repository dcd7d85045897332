package fr.parcours.ingest.synthetic;

import fr.parcours.model.ParcoursException;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A folder written in a hidden temporary sibling and swapped in at the end, so that a crash leaves
 * the previous folder as it was and a re-run replaces it cleanly.
 */
final class AtomicFolder {
  final Path target;
  final Path temp;

  AtomicFolder(Path target) {
    this.target = target;
    try {
      Path parent = target.getParent();
      Files.createDirectories(parent);
      this.temp = Files.createTempDirectory(parent, "." + target.getFileName() + ".en-cours-");
    } catch (IOException e) {
      throw new ParcoursException("impossible de créer un dossier temporaire à côté de " + target + " : " + e.getMessage()
          + ". Vérifiez les droits d'écriture.", e);
    }
  }

  /** Replaces the target by the temporary folder (old target renamed aside, then deleted). */
  void commit() {
    try {
      Path old = null;
      if (Files.exists(target)) {
        old = target.resolveSibling("." + target.getFileName() + ".ancien-" + System.nanoTime());
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      }
      try {
        Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
      } catch (UnsupportedOperationException notPosix) {
        // Windows: the temporary folder already has the usual rights
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      if (old != null) delete(old);
    } catch (IOException e) {
      throw new ParcoursException("impossible de remplacer " + target + " : " + e.getMessage(), e);
    }
  }

  /** Deletes the temporary folder after a failure. */
  void abandon() {
    try {
      delete(temp);
    } catch (IOException ignored) {
      // best effort: a leftover hidden temporary folder is harmless
    }
  }

  static void delete(Path root) throws IOException {
    if (!Files.exists(root)) return;
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
