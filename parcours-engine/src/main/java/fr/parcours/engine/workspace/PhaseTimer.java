package fr.parcours.engine.workspace;

import java.util.Locale;

/** Prints the duration of each phase on stderr when the system property {@code parcours.timing} is set. */
final class PhaseTimer {
  private static final boolean ON = Boolean.getBoolean("parcours.timing");
  private long last = System.nanoTime();

  void lap(String phase) {
    long now = System.nanoTime();
    if (ON) System.err.printf(Locale.FRANCE, "[durée] %s : %.2f s%n", phase, (now - last) / 1e9);
    last = now;
  }
}
