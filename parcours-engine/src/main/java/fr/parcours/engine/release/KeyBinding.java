package fr.parcours.engine.release;

import fr.parcours.model.ParcoursException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The fingerprint of the master key a workspace's pseudonyms are made with, kept in the workspace
 * folder ({@code cle-empreinte.txt}, public). The first release binds the workspace to its key; a
 * release with another key is refused, since a silent key change would break every cohort.
 */
public final class KeyBinding {
  public static final String FILE = "cle-empreinte.txt";
  /** Fingerprints retired by {@code parcours key rotate}, one per line with the rotation date. */
  public static final String RETIRED_FILE = "cle-empreintes-retirees.txt";

  private KeyBinding() {}

  /** Refuses a key other than the bound one; does nothing when the workspace is not bound yet. */
  public static void check(Path workspace, String fingerprint) {
    if (Files.exists(workspace.resolve(FILE))) checkOrBind(workspace, fingerprint);
  }

  /** Binds on first use, else checks. */
  public static void checkOrBind(Path workspace, String fingerprint) {
    Path f = workspace.resolve(FILE);
    if (Files.exists(f)) {
      String bound = read(f);
      if (!bound.equals(fingerprint)) {
        String retired = retiredOn(workspace, fingerprint);
        if (retired != null) {
          throw new ParcoursException("La clé d'empreinte " + fingerprint + " a été retirée de ce workspace par parcours key rotate (le " + retired
              + ") : ses pseudonymes ne sont plus ceux du workspace. Utilisez le nouveau coffre (empreinte " + bound + "). Rien n'a été écrit.");
        }
        throw new ParcoursException("Ce workspace est pseudonymisé avec la clé d'empreinte " + bound + ", et le coffre donné a l'empreinte "
            + fingerprint + ". Changer de clé en silence casserait toutes les cohortes : utilisez le coffre d'origine, ou "
            + "parcours key rotate pour changer de clé en gardant la table de passage. Rien n'a été écrit.");
      }
      return;
    }
    write(workspace, fingerprint);
  }

  /** The date a fingerprint was retired by a rotation, or null when it never was. */
  public static String retiredOn(Path workspace, String fingerprint) {
    Path f = workspace.resolve(RETIRED_FILE);
    if (!Files.exists(f)) return null;
    for (String line : read(f).split("\n")) {
      String[] p = line.strip().split(";");
      if (p.length >= 2 && p[0].equals(fingerprint)) return p[1];
    }
    return null;
  }

  /** Adds {@code fingerprint} to the retired list (atomic rewrite; kept when already listed). */
  static void retire(Path workspace, String fingerprint, String date) {
    if (retiredOn(workspace, fingerprint) != null) return;
    Path f = workspace.resolve(RETIRED_FILE);
    try {
      String before = Files.exists(f) ? Files.readString(f, StandardCharsets.UTF_8) : "";
      if (!before.isEmpty() && !before.endsWith("\n")) before += "\n";
      Path tmp = Files.createTempFile(workspace, ".cle-", ".tmp");
      Files.writeString(tmp, before + fingerprint + ";" + date + "\n", StandardCharsets.UTF_8);
      Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new ParcoursException("Écriture impossible de " + f + " : " + e.getMessage(), e);
    }
  }

  public static String read(Path f) {
    try {
      return Files.readString(f, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new ParcoursException("Lecture impossible de " + f + " : " + e.getMessage(), e);
    }
  }

  /** Writes the fingerprint atomically (also used by key rotation). */
  public static void write(Path workspace, String fingerprint) {
    try {
      Files.createDirectories(workspace);
      Path tmp = Files.createTempFile(workspace, ".cle-", ".tmp");
      Files.writeString(tmp, fingerprint + "\n", StandardCharsets.UTF_8);
      Files.move(tmp, workspace.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new ParcoursException("Écriture impossible de l'empreinte de clé dans " + workspace + " : " + e.getMessage(), e);
    }
  }
}
