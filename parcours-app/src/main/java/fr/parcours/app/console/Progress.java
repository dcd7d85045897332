package fr.parcours.app.console;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Prints progress of long operations on stderr, at most twice a second, on one line that is
 * rewritten in a terminal and appended otherwise (logs, CI).
 */
public final class Progress {
  private final PrintStream out;
  private final boolean terminal = System.console() != null;
  private long startNanos = System.nanoTime();
  private long lastPrint;
  private String lastLabel = "";

  public Progress(PrintStream out) {
    this.out = out;
  }

  /** Reports {@code done} units of {@code what} (e.g. "lignes"), with the total when known (else ≤ 0). */
  public synchronized void update(String label, long done, long total, String what) {
    long now = System.nanoTime();
    boolean labelChanged = !label.equals(lastLabel);
    if (!labelChanged && now - lastPrint < 500_000_000L && (total <= 0 || done < total)) return;
    if (labelChanged) {
      if (!lastLabel.isEmpty() && terminal) out.println();
      startNanos = now;
    }
    lastPrint = now;
    lastLabel = label;
    double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
    String pct = total > 0 ? String.format(Locale.FRANCE, " (%.0f %%)", 100.0 * done / total) : "";
    String line = String.format(Locale.FRANCE, "%s : %,d %s%s — %,.0f %s/s", label, done, what, pct, done / seconds, what);
    if (terminal) {
      out.print("\r" + line + "   ");
    } else {
      out.println(line);
    }
    out.flush();
  }

  /** Prints a one-off step message (for steps that have no count to report). */
  public synchronized void message(String text) {
    if (terminal && !lastLabel.isEmpty()) out.println();
    lastLabel = "";
    out.println(text);
    out.flush();
  }

  /** Ends the progress line. */
  public synchronized void done() {
    if (terminal && !lastLabel.isEmpty()) out.println();
    lastLabel = "";
  }

  /** Formats a count the French way (thin spaces between thousands). */
  public static String count(long n) {
    return String.format(Locale.FRANCE, "%,d", n);
  }
}
