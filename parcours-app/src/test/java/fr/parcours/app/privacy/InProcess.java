package fr.parcours.app.privacy;

import fr.parcours.app.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Runs {@code parcours …} in this JVM through {@link Main#run}, with its own environment for passphrases, capturing stdout and stderr. */
public final class InProcess {
  private InProcess() {}

  public record Run(int code, String out, String err) {
    public String all() {
      return out + err;
    }
  }

  public static synchronized Run parcours(Map<String, String> env, String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = Passphrase.withEnvironment(env, () -> Main.run(args));
      System.out.flush();
      System.err.flush();
      return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }
}
