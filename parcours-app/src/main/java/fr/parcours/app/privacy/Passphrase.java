package fr.parcours.app.privacy;

import fr.parcours.model.ParcoursException;
import java.io.Console;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Where passphrases come from: an environment variable, else an interactive prompt without echo.
 * Never a command-line argument (visible in the process list and shell history), never printed.
 *
 * <p>The environment is read through a per-thread view, {@link System#getenv} by default; {@link
 * #withEnvironment} replaces it for the duration of one call, so that the CLI can be run in-process
 * (tests, embedding) without putting a passphrase on a command line.
 */
public final class Passphrase {
  public static final String ENV = "PARCOURS_PASSPHRASE";
  public static final String NEW_ENV = "PARCOURS_NEW_PASSPHRASE";
  public static final String PGP_ENV = "PARCOURS_PGP_PASSPHRASE";

  private static final Function<String, String> SYSTEM = System::getenv;
  private static final ThreadLocal<Function<String, String>> ENVIRONMENT = ThreadLocal.withInitial(() -> SYSTEM);

  private Passphrase() {}

  /**
   * Runs {@code body} on this thread with {@code env} as the environment passphrases are read from
   * (variables not in {@code env} are absent), then restores the previous view.
   */
  public static <T> T withEnvironment(Map<String, String> env, Supplier<T> body) {
    Map<String, String> copy = Map.copyOf(env);
    Function<String, String> previous = ENVIRONMENT.get();
    ENVIRONMENT.set(copy::get);
    try {
      return body.get();
    } finally {
      ENVIRONMENT.set(previous);
    }
  }

  /** The keystore passphrase. */
  public static char[] keystore(String prompt) {
    return read(ENV, prompt);
  }

  /**
   * The passphrase of a keystore being created by a rotation ({@value #NEW_ENV}, else a prompt
   * asked twice). Never {@value #ENV}: the new passphrase must be given on purpose.
   */
  public static char[] newKeystore(String prompt) {
    String v = ENVIRONMENT.get().apply(NEW_ENV);
    if (v != null && !v.isEmpty()) return v.toCharArray();
    char[] first = read(NEW_ENV, prompt);
    Console c = System.console();
    char[] again = c.readPassword("%s (confirmation) : ", prompt);
    try {
      if (again == null || !Arrays.equals(first, again)) throw new ParcoursException("Les deux saisies de la nouvelle phrase secrète diffèrent : commande abandonnée.");
    } finally {
      if (again != null) Arrays.fill(again, '\0');
    }
    return first;
  }

  /** The OpenPGP secret key passphrase ({@value #PGP_ENV}, else {@value #ENV}, else a prompt). */
  public static char[] pgp(String prompt) {
    String v = ENVIRONMENT.get().apply(PGP_ENV);
    if (v != null && !v.isEmpty()) return v.toCharArray();
    return read(ENV, prompt);
  }

  private static char[] read(String env, String prompt) {
    String v = ENVIRONMENT.get().apply(env);
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
