package fr.parcours.app.demo;

import fr.parcours.app.console.WorkDir;
import fr.parcours.model.ParcoursException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;

/** The demo's output folder: built beside the target, then swapped in whole. */
final class DemoFolder {
  private static final String BUILDING = ".en-cours-";

  private DemoFolder() {}

  /** A new empty sibling folder to build the demo in (stale ones from killed runs are removed). */
  static Path fresh(Path target) {
    try {
      Path parent = target.getParent();
      Files.createDirectories(parent);
      try (DirectoryStream<Path> old = Files.newDirectoryStream(parent, target.getFileName() + BUILDING + "*")) {
        for (Path p : old) WorkDir.deleteTree(p);
      }
      return Files.createDirectory(parent.resolve(target.getFileName() + BUILDING + ProcessHandle.current().pid()));
    } catch (IOException e) {
      throw new ParcoursException("Préparation impossible du dossier de démonstration " + target + " : " + e.getMessage(), e);
    }
  }

  /** Replaces {@code target} by {@code built}; the old demo is removed only once the new one is in place. */
  static void swap(Path built, Path target) {
    try {
      Path old = target.resolveSibling(target.getFileName() + BUILDING + "ancien");
      if (Files.exists(old)) WorkDir.deleteTree(old);
      if (Files.exists(target)) Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      Files.move(built, target, StandardCopyOption.ATOMIC_MOVE);
      if (Files.exists(old)) WorkDir.deleteTree(old);
    } catch (IOException e) {
      throw new ParcoursException("Remplacement impossible de " + target + " : " + e.getMessage(), e);
    }
  }

  /** The passphrase of the demo's throwaway keys: PARCOURS_PASSPHRASE, or a random one never shown. */
  static char[] passphrase() {
    String env = System.getenv("PARCOURS_PASSPHRASE");
    if (env != null && !env.isBlank()) return env.toCharArray();
    SecureRandom rng = new SecureRandom();
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    char[] p = new char[24];
    for (int i = 0; i < p.length; i++) p[i] = alphabet.charAt(rng.nextInt(alphabet.length()));
    return p;
  }
}
