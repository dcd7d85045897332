package fr.parcours.app.exchange;

import fr.parcours.app.privacy.Passphrase;
import fr.parcours.exchange.audit.AuditLog;
import fr.parcours.exchange.pack.ExchangePackage;
import fr.parcours.exchange.pack.Manifest;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parcours verify} and {@code parcours open}, on the recipient's side. */
public final class OpenCommand {
  private OpenCommand() {}

  @Command(name = "verify", mixinStandardHelpOptions = true, description = "Vérifie un paquet reçu (signature, sommes SHA-256, schéma) sans rien écrire.")
  public static final class Verify implements Callable<Integer> {
    @Parameters(index = "0", description = "Le paquet.")
    Path pkg;

    @Option(names = "--key", required = true, description = "Clé secrète OpenPGP du destinataire.")
    Path key;

    @Option(names = "--signer", required = true, description = "Clé publique OpenPGP du responsable (celle de la convention).")
    Path signer;

    @Override
    public Integer call() {
      Manifest m = ExchangePackage.open(pkg, key, Passphrase.pgp("Phrase secrète de la clé du destinataire"), signer, null);
      System.out.println("Paquet valide : signature du responsable, " + m.files().size() + " fichier(s) aux sommes SHA-256 exactes, schéma "
          + m.schemaVersion() + ".");
      System.out.println("Convention " + m.conventionId() + ", destinataire " + m.recipient() + ", période " + m.periodStart() + " – " + m.periodEnd()
          + ", empreinte de clé " + m.keyFingerprint());
      return 0;
    }
  }

  @Command(name = "open", mixinStandardHelpOptions = true, description = "Ouvre un paquet reçu dans un dossier neuf, après toutes les vérifications.")
  public static final class Open implements Callable<Integer> {
    @Parameters(index = "0", description = "Le paquet.")
    Path pkg;

    @Option(names = "--key", required = true, description = "Clé secrète OpenPGP du destinataire.")
    Path key;

    @Option(names = "--signer", required = true, description = "Clé publique OpenPGP du responsable (celle de la convention).")
    Path signer;

    @Option(names = "--out", required = true, description = "Dossier à créer (il ne doit pas exister).")
    Path out;

    @Option(names = "--audit", description = "Journal d'audit du destinataire (défaut : journal-audit.jsonl à côté de --out).")
    Path audit;

    @Override
    public Integer call() {
      Manifest m = ExchangePackage.open(pkg, key, Passphrase.pgp("Phrase secrète de la clé du destinataire"), signer, out);
      Path log = audit != null ? audit : out.toAbsolutePath().resolveSibling("journal-audit.jsonl");
      AuditLog.append(log, "ouverture", Map.of("paquet", m.packageId(), "convention", m.conventionId(), "destinataire", m.recipient(),
          "empreinte_cle", m.keyFingerprint(), "dossier", out.getFileName().toString()));
      System.out.println("Paquet ouvert dans " + out + " : " + m.files().size() + " table(s), manifeste dans " + out.resolve(ExchangePackage.MANIFEST));
      return 0;
    }
  }
}
