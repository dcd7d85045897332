package fr.parcours.app.privacy;

import fr.parcours.model.ParcoursException;
import fr.parcours.privacy.convention.Convention;
import fr.parcours.privacy.convention.ConventionLoader;
import fr.parcours.privacy.convention.RegisterEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parcours register}: the GDPR art. 30 register entry of a convention. */
@Command(name = "register", mixinStandardHelpOptions = true,
    description = "Écrit la fiche du registre des traitements (RGPD art. 30) d'une convention, en Markdown et en HTML.")
public final class RegisterCommand implements Callable<Integer> {
  @Option(names = "--convention", required = true, description = "Fichier de la convention (YAML).")
  Path convention;

  @Option(names = "--out", description = "Dossier où écrire registre.md et registre.html (sinon : Markdown sur la sortie standard).")
  Path out;

  @Override
  public Integer call() {
    Convention c = ConventionLoader.load(convention);
    if (out == null) {
      System.out.print(RegisterEntry.markdown(c));
      return 0;
    }
    write(out, c);
    System.out.println("Fiche du registre écrite : " + out.resolve("registre.md") + " et " + out.resolve("registre.html"));
    return 0;
  }

  /** Writes registre.md and registre.html atomically into {@code dir}. */
  public static void write(Path dir, Convention c) {
    try {
      Files.createDirectories(dir);
      for (String[] f : new String[][] {{"registre.md", RegisterEntry.markdown(c)}, {"registre.html", RegisterEntry.html(c)}}) {
        Path tmp = Files.createTempFile(dir, ".registre-", ".tmp");
        Files.writeString(tmp, f[1], StandardCharsets.UTF_8);
        Files.move(tmp, dir.resolve(f[0]), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new ParcoursException("Écriture impossible de la fiche du registre dans " + dir + " : " + e.getMessage(), e);
    }
  }
}
