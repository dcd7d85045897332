package fr.parcours.app;

import picocli.CommandLine;

/** Entry point of the {@code parcours} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (used by tests, which must not exit). */
  public static int run(String... args) {
    return ParcoursCommand.commandLine().execute(args);
  }
}
