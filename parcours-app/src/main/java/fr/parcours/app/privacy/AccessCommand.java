package fr.parcours.app.privacy;

import fr.parcours.engine.release.AccessAnswer;
import fr.parcours.engine.release.AccessRequest;
import fr.parcours.model.ParcoursException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parcours access}: a person's access request (GDPR art. 15), on the controller's side. */
@Command(name = "access", mixinStandardHelpOptions = true, description = {
    "Répond à une demande d'accès (RGPD art. 15) : données détenues sur la personne dans le dernier extrait,",
    "et paquets qui l'ont incluse (quand, à qui). Le journal d'audit ne garde qu'une référence chiffrée, jamais l'identité."})
public final class AccessCommand implements Callable<Integer> {
  @Option(names = "--workspace", required = true, description = "Dossier du workspace.")
  Path workspace;

  @Option(names = "--keystore", required = true, description = "Coffre de la clé maîtresse (index des envois, référence de la demande).")
  Path keystore;

  static final class Who {
    @Option(names = "--person-id", required = true, description = "Identifiant de la personne dans la source.")
    String personId;

    @Option(names = "--identity", required = true, description = "« NOM;Prénom;jj/mm/aaaa » (nom de naissance ou d'usage, prénom, date de naissance).")
    String identity;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Who who;

  @Option(names = "--format", defaultValue = "markdown", description = "markdown, html ou texte (défaut : ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--out", description = "Fichier de la réponse (jamais écrasé ; sinon : sortie standard).")
  Path out;

  @Option(names = "--audit", description = "Journal d'audit (défaut : journal-audit.jsonl du workspace).")
  Path audit;

  @Override
  public Integer call() {
    AccessAnswer.Format f = switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "markdown", "md" -> AccessAnswer.Format.MARKDOWN;
      case "html" -> AccessAnswer.Format.HTML;
      case "texte", "text", "txt" -> AccessAnswer.Format.TEXT;
      default -> throw new ParcoursException("--format « " + format + " » inconnu : choisissez markdown, html ou texte.");
    };
    AccessRequest.Subject subject = who.personId != null ? AccessRequest.Subject.ofId(who.personId) : AccessRequest.Subject.ofIdentity(who.identity);
    if (out != null && Files.exists(out)) throw new ParcoursException(out + " existe déjà : la réponse n'écrase aucun fichier. Choisissez un autre --out.");
    char[] pass = Passphrase.keystore("Phrase secrète du coffre");
    try {
      AccessRequest.Report r = AccessRequest.run(workspace, keystore, pass, subject, audit);
      String text = AccessAnswer.render(r, subject, f);
      if (out == null) {
        System.out.print(text);
      } else {
        write(out, text);
        System.out.println("Réponse écrite : " + out + " (" + r.personIds().size() + " fiche(s), " + r.rows() + " ligne(s), " + r.sent().size()
            + " paquet(s)). Référence dans le journal : " + r.reference());
      }
      return 0;
    } finally {
      Arrays.fill(pass, '\0');
    }
  }

  private static void write(Path out, String text) {
    try {
      Path dir = Files.createDirectories(out.toAbsolutePath().getParent());
      Path tmp = Files.createTempFile(dir, ".acces-", ".tmp");
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new ParcoursException("Écriture impossible de la réponse " + out + " : " + e.getMessage(), e);
    }
  }
}
