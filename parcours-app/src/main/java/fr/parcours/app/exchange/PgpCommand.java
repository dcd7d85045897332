package fr.parcours.app.exchange;

import fr.parcours.app.privacy.Passphrase;
import fr.parcours.exchange.pgp.Pgp;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parcours pgp keygen}: a key pair for a party, when it has no OpenPGP key yet (demo, tests). */
@Command(name = "pgp", mixinStandardHelpOptions = true, description = "Clés OpenPGP des parties.", subcommands = PgpCommand.Keygen.class)
public final class PgpCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Précisez une action : parcours pgp keygen --name NOM --out DOSSIER.");
  }

  @Command(name = "keygen", mixinStandardHelpOptions = true, description = "Crée NOM.asc (publique) et NOM.secret.asc (secrète, protégée par phrase secrète).")
  public static final class Keygen implements Callable<Integer> {
    @Option(names = "--name", required = true, description = "Nom de fichier de la clé (par exemple arpe).")
    String name;

    @Option(names = "--user-id", description = "Identité de la clé (par exemple « ARPE <contact@arpe.example> »).")
    String userId;

    @Option(names = "--out", required = true, description = "Dossier où écrire les deux fichiers.")
    Path out;

    @Option(names = "--bits", defaultValue = "3072", description = "Taille de la clé RSA (défaut : ${DEFAULT-VALUE}).")
    int bits;

    @Override
    public Integer call() {
      String fp = Pgp.generate(userId == null ? name : userId, Passphrase.pgp("Phrase secrète de la nouvelle clé"), bits,
          out.resolve(name + ".asc"), out.resolve(name + ".secret.asc"));
      System.out.println("Clé publique : " + out.resolve(name + ".asc") + " (à donner)");
      System.out.println("Clé secrète : " + out.resolve(name + ".secret.asc") + " (à garder)");
      System.out.println("Empreinte OpenPGP : " + fp);
      return 0;
    }
  }
}
