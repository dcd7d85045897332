package fr.parcours.app.exchange;

import fr.parcours.app.privacy.Passphrase;
import fr.parcours.engine.release.PartnerRelease;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parcours package}: the partner package of a workspace under a convention. */
@Command(name = "package", mixinStandardHelpOptions = true, description = {
    "Prépare le paquet d'un destinataire : opposition appliquée, pseudonymes, champs selon la convention,",
    "k-anonymat vérifié, tables Parquet, manifeste, signature et chiffrement OpenPGP, journal d'audit."})
public final class PackageCommand implements Callable<Integer> {
  @Option(names = "--workspace", required = true, description = "Dossier du workspace.")
  Path workspace;

  @Option(names = "--convention", required = true, description = "Convention (YAML).")
  Path convention;

  @Option(names = "--recipient", required = true, description = "Code du destinataire dans la convention.")
  String recipient;

  @Option(names = "--keystore", required = true, description = "Coffre de la clé maîtresse.")
  Path keystore;

  @Option(names = "--signing-key", required = true, description = "Clé secrète OpenPGP du responsable, pour signer.")
  Path signingKey;

  @Option(names = "--opposition", description = "Liste d'opposition (CSV ; nom_naissance;prenoms;date_naissance).")
  Path opposition;

  @Option(names = "--audit", description = "Journal d'audit (défaut : journal-audit.jsonl du workspace).")
  Path audit;

  @Option(names = "--out", required = true, description = "Fichier du paquet à écrire (jamais écrasé).")
  Path out;

  @Override
  public Integer call() {
    char[] pass = Passphrase.keystore("Phrase secrète du coffre");
    char[] pgp = Passphrase.pgp("Phrase secrète de la clé de signature");
    var r = PartnerRelease.run(new PartnerRelease.Settings(workspace, convention, keystore, pass, recipient, signingKey, pgp, opposition, out, audit),
        m -> System.err.println(m));
    System.out.println("Paquet écrit : " + r.packageFile());
    System.out.printf(Locale.FRANCE, "Personnes transmises : %d ; exclues (opposition) : %d ; supprimées (k-anonymat) : %d%n", r.persons(), r.opposed(), r.suppressed());
    System.out.printf(Locale.FRANCE, "Risque de ré-identification (procureur) : max %.3f, moyen %.4f ; k = %d atteint%n",
        r.risk().after().prosecutorMax(), r.risk().after().prosecutorAverage(), r.risk().after().k());
    r.manifest().files().forEach(f -> System.out.printf(Locale.FRANCE, "  %-28s %,10d lignes  sha256 %s%n", f.name(), f.rows(), f.sha256().substring(0, 16)));
    return 0;
  }
}
