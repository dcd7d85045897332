package fr.parcours.app;

import picocli.CommandLine;

/** Entry point of the {@code parcours} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // POI logs through the Log4j API; with no Log4j backend it prints a warning on every run.
    // The API's own simple logger (errors only) keeps the console clean.
    System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (used by tests, which must not exit). */
  public static int run(String... args) {
    return ParcoursCommand.commandLine().execute(args);
  }
}
