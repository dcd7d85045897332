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
    subcommands = {KeyCommand.Init.class, KeyCommand.Fingerprint.class, KeyCommand.Rotate.class, KeyCommand.Split.class, KeyCommand.Join.class})
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

  /** {@code parcours key rotate}. */
  @Command(name = "rotate", mixinStandardHelpOptions = true, description = {
      "Change la clé maîtresse d'un workspace : table de passage ancien → nouveau pseudonyme gardée dans le workspace",
      "(rotations/, jamais dans un paquet), index des envois recalculé, workspace lié à la nouvelle clé, journal d'audit.",
      "Phrases secrètes : PARCOURS_PASSPHRASE (ancien coffre) et PARCOURS_NEW_PASSPHRASE (nouveau), ou saisies ; jamais en argument."})
  public static final class Rotate implements Callable<Integer> {
    @Option(names = "--workspace", required = true, description = "Dossier du workspace.")
    Path workspace;

    @Option(names = "--keystore", required = true, description = "Coffre de la clé actuelle.")
    Path keystore;

    @Option(names = "--new-keystore", required = true, description = "Coffre de la nouvelle clé (créé s'il n'existe pas).")
    Path newKeystore;

    @Option(names = "--audit", description = "Journal d'audit (défaut : journal-audit.jsonl du workspace).")
    Path audit;

    @Override
    public Integer call() {
      char[] old = Passphrase.keystore("Phrase secrète du coffre actuel");
      char[] neu = null;
      try {
        neu = Passphrase.newKeystore("Phrase secrète du nouveau coffre (12 caractères au moins)");
        var r = fr.parcours.engine.release.KeyRotation.run(
            new fr.parcours.engine.release.KeyRotation.Settings(workspace, keystore, old, newKeystore, neu, audit), m -> System.err.println(m));
        System.out.println("Clé changée : " + r.oldFingerprint() + " → " + r.newFingerprint() + " (coffre " + newKeystore + ").");
        System.out.println("Table de passage (à garder chez le responsable, jamais à transmettre) : " + r.table());
        System.out.println("  " + r.mappings() + " correspondances pour " + r.persons() + " personnes ; contextes : "
            + (r.contexts().isEmpty() ? "aucun" : String.join(", ", r.contexts())));
        System.out.println("Index des envois recalculé : " + r.indexLines() + " ligne(s)" + (r.indexLinesUnmatched() > 0
            ? ", " + r.indexLinesUnmatched() + " non retrouvée(s) (personnes absentes de tous les extraits)" : "") + ".");
        System.out.println("L'ancien coffre est désormais refusé sur ce workspace ; conservez-le hors ligne tant que la table de passage sert.");
        return 0;
      } finally {
        java.util.Arrays.fill(old, '\0');
        if (neu != null) java.util.Arrays.fill(neu, '\0');
      }
    }
  }

  /** {@code parcours key split}. */
  @Command(name = "split", mixinStandardHelpOptions = true, description = {
      "Partage la clé maîtresse en n parts dont k suffisent (Shamir) : une part par dépositaire, gardée hors ligne.",
      "Moins de k parts ne disent rien de la clé ; k parts la reconstituent (parcours key join)."})
  public static final class Split implements Callable<Integer> {
    @Option(names = "--keystore", required = true, description = "Coffre de la clé à partager.")
    Path keystore;

    @Option(names = "--shares", required = true, description = "Nombre de parts n (dépositaires), 2 à 255.")
    int shares;

    @Option(names = "--threshold", required = true, description = "Nombre de parts k qui suffisent, 2 à n.")
    int threshold;

    @Option(names = "--out", required = true, description = "Dossier des parts (créé ; il ne doit pas exister).")
    Path out;

    @Option(names = "--audit", description = "Journal d'audit (défaut : journal-audit.jsonl à côté du coffre).")
    Path audit;

    @Override
    public Integer call() {
      char[] pass = Passphrase.keystore("Phrase secrète du coffre");
      try (var m = Keystore.open(keystore, pass)) {
        var files = fr.parcours.privacy.keys.KeyShares.split(m, shares, threshold, out);
        AuditLog.append(auditFor(keystore, audit), "cle_partage", Map.of("empreinte_cle", m.fingerprint(), "parts", shares, "seuil", threshold));
        System.out.println(shares + " parts écrites dans " + out + " (il en faut " + threshold + ") pour la clé d'empreinte " + m.fingerprint() + " :");
        files.forEach(f -> System.out.println("  " + f.getFileName()));
        System.out.println("Remettez chaque part à un dépositaire différent, puis effacez ce dossier : ensemble, " + threshold + " parts sont la clé.");
        return 0;
      } finally {
        java.util.Arrays.fill(pass, '\0');
      }
    }
  }

  /** {@code parcours key join}. */
  @Command(name = "join", mixinStandardHelpOptions = true, description = {
      "Reconstitue la clé maîtresse à partir de k parts et la scelle dans un nouveau coffre.",
      "La phrase secrète du nouveau coffre vient de PARCOURS_PASSPHRASE ou d'une saisie."})
  public static final class Join implements Callable<Integer> {
    @Option(names = "--share", required = true, description = "Fichier d'une part (répéter l'option pour chaque part).")
    java.util.List<Path> shares;

    @Option(names = "--keystore", required = true, description = "Coffre à créer (jamais écrasé).")
    Path keystore;

    @Option(names = "--audit", description = "Journal d'audit (défaut : journal-audit.jsonl à côté du coffre).")
    Path audit;

    @Override
    public Integer call() {
      if (java.nio.file.Files.exists(keystore)) {
        throw new fr.parcours.model.ParcoursException("Le coffre " + keystore + " existe déjà : il n'est jamais écrasé. Choisissez un autre fichier.");
      }
      try (var m = fr.parcours.privacy.keys.KeyShares.join(shares)) {
        char[] pass = Passphrase.keystore("Phrase secrète du nouveau coffre (12 caractères au moins)");
        try {
          Keystore.write(keystore, m, pass, Keystore.Argon2Cost.DEFAULT);
        } finally {
          java.util.Arrays.fill(pass, '\0');
        }
        AuditLog.append(auditFor(keystore, audit), "cle_reconstitution", Map.of("empreinte_cle", m.fingerprint(), "parts_utilisees", shares.size(),
            "coffre", keystore.getFileName().toString()));
        System.out.println("Clé reconstituée à partir de " + shares.size() + " parts ; coffre créé : " + keystore);
        System.out.println("Empreinte de la clé : " + m.fingerprint());
        return 0;
      }
    }
  }
}
