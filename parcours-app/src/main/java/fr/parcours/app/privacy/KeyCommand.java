package fr.parcours.app.privacy;

import fr.parcours.exchange.audit.AuditLog;
import fr.parcours.privacy.keys.Keystore;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parcours key …}: the controller's master key. */
@Command(name = "key", mixinStandardHelpOptions = true, description = "Clé maîtresse du responsable (coffre protégé par phrase secrète).",
    subcommands = {KeyCommand.Init.class, KeyCommand.Fingerprint.class})
public final class KeyCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Précisez une action : parcours key init --keystore FICHIER.");
  }

  static Path auditFor(Path keystore, Path audit) {
    return audit != null ? audit : keystore.toAbsolutePath().resolveSibling(fr.parcours.engine.release.PartnerRelease.AUDIT_LOG);
  }

  /** {@code parcours key init}. */
  @Command(name = "init", mixinStandardHelpOptions = true, description = {
      "Crée un coffre contenant une clé maîtresse aléatoire (Argon2id + AES-256-GCM).",
      "La phrase secrète vient de PARCOURS_PASSPHRASE ou d'une saisie ; jamais d'un argument."})
  public static final class Init implements Callable<Integer> {
    @Option(names = "--keystore", required = true, description = "Fichier du coffre à créer (jamais écrasé).")
    Path keystore;

    @Option(names = "--audit", description = "Journal d'audit (défaut : journal-audit.jsonl à côté du coffre).")
    Path audit;

    @Override
    public Integer call() {
      char[] pass = Passphrase.keystore("Phrase secrète du nouveau coffre (12 caractères au moins)");
      String fp = Keystore.create(keystore, pass, Keystore.Argon2Cost.DEFAULT);
      java.util.Arrays.fill(pass, '\0');
      AuditLog.append(auditFor(keystore, audit), "cle_creation", Map.of("coffre", keystore.getFileName().toString(), "empreinte_cle", fp));
      System.out.println("Coffre créé : " + keystore);
      System.out.println("Empreinte de la clé : " + fp);
      System.out.println("Sauvegardez le coffre et la phrase secrète séparément : sans eux, les pseudonymes ne peuvent plus être reproduits.");
      return 0;
    }
  }

  /** {@code parcours key fingerprint}. */
  @Command(name = "fingerprint", mixinStandardHelpOptions = true, description = "Affiche l'empreinte de la clé (vérifie la phrase secrète).")
  public static final class Fingerprint implements Callable<Integer> {
    @Option(names = "--keystore", required = true, description = "Fichier du coffre.")
    Path keystore;

    @Override
    public Integer call() {
      char[] pass = Passphrase.keystore("Phrase secrète du coffre");
      try (var m = Keystore.open(keystore, pass)) {
        System.out.println("Empreinte de la clé : " + m.fingerprint());
      }
      return 0;
    }
  }
}
