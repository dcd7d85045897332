package fr.parcours.app.privacy;

import fr.parcours.model.ParcoursException;
import java.io.Console;

/**
 * Where passphrases come from: an environment variable, else an interactive prompt without echo.
 * Never a command-line argument (visible in the process list and shell history), never printed.
 */
public final class Passphrase {
  public static final String ENV = "PARCOURS_PASSPHRASE";
  public static final String PGP_ENV = "PARCOURS_PGP_PASSPHRASE";

  private Passphrase() {}

  /** The keystore passphrase. */
  public static char[] keystore(String prompt) {
    return read(ENV, prompt);
  }

  /** The OpenPGP secret key passphrase ({@value #PGP_ENV}, else {@value #ENV}, else a prompt). */
  public static char[] pgp(String prompt) {
    String v = System.getenv(PGP_ENV);
    if (v != null && !v.isEmpty()) return v.toCharArray();
    return read(ENV, prompt);
  }

  private static char[] read(String env, String prompt) {
    String v = System.getenv(env);
    if (v != null && !v.isEmpty()) return v.toCharArray();
    Console c = System.console();
    if (c == null) {
      throw new ParcoursException("Phrase secrète absente : définissez la variable d'environnement " + env
          + " ou lancez la commande dans un terminal pour la saisir.");
    }
    char[] p = c.readPassword("%s : ", prompt);
    if (p == null || p.length == 0) throw new ParcoursException("Phrase secrète vide : commande abandonnée.");
    return p;
  }
}
