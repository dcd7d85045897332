package fr.parcours.app.exchange;

import fr.parcours.exchange.audit.AuditLog;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parcours audit verify}. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Journal d'audit chaîné.", subcommands = AuditCommand.Verify.class)
public final class AuditCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Précisez une action : parcours audit verify --log FICHIER.");
  }

  @Command(name = "verify", mixinStandardHelpOptions = true, description = "Vérifie que le journal n'a été ni modifié, ni tronqué, ni réordonné.")
  public static final class Verify implements Callable<Integer> {
    @Option(names = "--log", required = true, description = "Le journal (journal-audit.jsonl).")
    Path log;

    @Override
    public Integer call() {
      List<AuditLog.Entry> e = AuditLog.verify(log);
      System.out.println("Journal intact : " + e.size() + " opération(s), chaîne d'empreintes et tête cohérentes.");
      for (AuditLog.Entry x : e) System.out.println("  " + x.number() + "  " + x.time() + "  " + x.operation() + "  " + x.details());
      return 0;
    }
  }
}
