package fr.parcours.engine.release;

import fr.parcours.exchange.pgp.Pgp;
import fr.parcours.model.ParcoursException;
import fr.parcours.privacy.convention.Convention;
import fr.parcours.privacy.convention.ConventionLoader;
import fr.parcours.privacy.convention.RegisterEntry;
import fr.parcours.privacy.keys.Keystore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The demo's partner step, in one call: in {@code dir} (which must not exist) it writes the demo
 * convention, throwaway OpenPGP keys for the controller and the association, a keystore, the
 * GDPR register entry (Markdown and HTML) and the partner package of {@code workspace}. Keys and
 * keystore are protected by {@code passphrase}; they are demo material, never to be reused.
 */
public final class DemoRelease {
  private DemoRelease() {}

  public record Outcome(Path convention, Path register, PartnerRelease.Result release) {}

  public static Outcome run(Path workspace, Path dir, char[] passphrase, Consumer<String> progress) {
    if (Files.exists(dir)) throw new ParcoursException(dir + " existe déjà : supprimez-le ou choisissez un autre dossier.");
    try {
      Files.createDirectories(dir.resolve("cles"));
      Path conv = dir.resolve("convention.yaml");
      Files.writeString(conv, ConventionLoader.demoText(), StandardCharsets.UTF_8);
      progress.accept("Clés OpenPGP de démonstration");
      Pgp.generate("Métropole X (démonstration)", passphrase, 3072, dir.resolve("cles/responsable.asc"), dir.resolve("responsable.secret.asc"));
      Pgp.generate("ARPE (démonstration)", passphrase, 3072, dir.resolve("cles/arpe.asc"), dir.resolve("arpe.secret.asc"));
      Keystore.create(dir.resolve("coffre.json"), passphrase, Keystore.Argon2Cost.DEFAULT);
      Convention c = ConventionLoader.load(conv);
      Files.writeString(dir.resolve("registre.md"), RegisterEntry.markdown(c), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("registre.html"), RegisterEntry.html(c), StandardCharsets.UTF_8);
      var r = PartnerRelease.run(new PartnerRelease.Settings(workspace, conv, dir.resolve("coffre.json"), passphrase, "arpe",
          dir.resolve("responsable.secret.asc"), passphrase, null, dir.resolve("paquet-arpe.pgp"), null), progress);
      return new Outcome(conv, dir.resolve("registre.html"), r);
    } catch (IOException e) {
      throw new ParcoursException("Écriture impossible dans " + dir + " : " + e.getMessage(), e);
    }
  }
}
