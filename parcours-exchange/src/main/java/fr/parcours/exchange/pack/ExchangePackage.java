package fr.parcours.exchange.pack;

import fr.parcours.exchange.pgp.Pgp;
import fr.parcours.exchange.pgp.SealedFile;
import fr.parcours.model.ParcoursException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * An exchange package: one file, the ZIP of {@code manifeste.json} and {@code tables/*.parquet},
 * signed by the controller and encrypted to the recipient (OpenPGP, see {@link SealedFile}).
 * Writing and opening are atomic: a package or an opened folder appears whole or not at all.
 * See {@code docs/pseudonymisation.md}.
 */
public final class ExchangePackage {
  public static final String MANIFEST = "manifeste.json";

  private ExchangePackage() {}

  /**
   * Seals the files of {@code staging} (tables/*.parquet, already pseudonymised) with a manifest.
   *
   * @param manifest the manifest without files: they are listed and hashed here
   * @param rowCounts rows of each file, by file name relative to {@code staging}
   * @return the manifest written into the package
   */
  public static Manifest write(Path staging, Manifest manifest, Map<String, Long> rowCounts, Map<String, String> tables, Path recipientPublicKey,
      Path controllerSecretKey, char[] controllerPassphrase, Path out) {
    if (Files.exists(out)) throw new ParcoursException(out + " existe déjà : un paquet n'est jamais écrasé. Choisissez un autre --out.");
    var recipientKey = Pgp.encryptionKey(recipientPublicKey);
    var signer = Pgp.signingKey(controllerSecretKey);
    Path dir = out.toAbsolutePath().getParent();
    Path zip = null;
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      List<String> names = rowCounts.keySet().stream().sorted().toList();
      List<Manifest.FileEntry> files = new java.util.ArrayList<>();
      for (String name : names) {
        Path f = staging.resolve(name);
        files.add(new Manifest.FileEntry(name, tables.get(name), rowCounts.get(name), Files.size(f), sha256(f)));
      }
      Manifest full = new Manifest(manifest.schemaVersion(), manifest.packageId(), manifest.conventionId(), manifest.recipient(),
          manifest.periodStart(), manifest.periodEnd(), manifest.extractId(), manifest.createdAt(), manifest.keyFingerprint(), files, manifest.privacy());
      zip = Files.createTempFile(staging, ".paquet-", ".zip");
      try (ZipOutputStream z = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(zip)))) {
        z.putNextEntry(new ZipEntry(MANIFEST));
        z.write(ManifestJson.write(full).getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
        for (String name : names) {
          z.putNextEntry(new ZipEntry(name));
          Files.copy(staging.resolve(name), z);
          z.closeEntry();
        }
      }
      tmp = Files.createTempFile(dir, ".paquet-", ".tmp");
      SealedFile.seal(zip, tmp, recipientKey, signer, controllerPassphrase, controllerSecretKey);
      Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE);
      return full;
    } catch (IOException e) {
      throw new ParcoursException("Écriture impossible du paquet " + out + " : " + e.getMessage() + ". Rien n'a été écrit.", e);
    } finally {
      deleteQuietly(zip);
      deleteQuietly(tmp);
    }
  }

  /**
   * Decrypts, checks the signature, the manifest's schema and every file's SHA-256, and, when
   * {@code outDir} is not null, moves the checked content there (atomically; {@code outDir} must not
   * exist). Any failure: French message, nothing written.
   */
  public static Manifest open(Path pkg, Path recipientSecretKey, char[] passphrase, Path controllerPublicKey, Path outDir) {
    if (!Files.isRegularFile(pkg)) throw new ParcoursException("Paquet introuvable : " + pkg + ".");
    if (outDir != null && Files.exists(outDir)) throw new ParcoursException(outDir + " existe déjà : choisissez un dossier --out qui n'existe pas.");
    var keys = Pgp.readSecret(recipientSecretKey);
    var signers = Pgp.readPublic(controllerPublicKey);
    Path base = outDir == null ? pkg.toAbsolutePath().getParent() : outDir.toAbsolutePath().getParent();
    Path work = null;
    try {
      Files.createDirectories(base);
      work = Files.createTempDirectory(base, ".ouverture-");
      Path zip = work.resolve("contenu.zip");
      SealedFile.open(pkg, zip, keys, passphrase, recipientSecretKey, signers);
      Path content = work.resolve("contenu");
      Files.createDirectories(content);
      Map<String, String> hashes = new HashMap<>();
      try (ZipInputStream z = new ZipInputStream(new BufferedInputStream(Files.newInputStream(zip)))) {
        for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
          String name = e.getName();
          if (!(name.equals(MANIFEST) || name.matches("tables/[a-z_]+\\.parquet")) || hashes.containsKey(name)) {
            throw new ParcoursException(pkg + " : fichier inattendu dans le paquet (" + name + "). Rien n'a été écrit.");
          }
          Path target = content.resolve(name);
          Files.createDirectories(target.getParent());
          MessageDigest md = MessageDigest.getInstance("SHA-256");
          try (InputStream in = new DigestInputStream(nonClosing(z), md)) {
            Files.copy(in, target);
          }
          hashes.put(name, hex(md.digest()));
        }
      }
      if (!hashes.containsKey(MANIFEST)) throw new ParcoursException(pkg + " : pas de manifeste dans le paquet. Rien n'a été écrit.");
      Manifest m = ManifestJson.read(Files.readString(content.resolve(MANIFEST), StandardCharsets.UTF_8), pkg + " (manifeste)");
      for (Manifest.FileEntry f : m.files()) {
        String h = hashes.remove(f.name());
        if (h == null) throw new ParcoursException(pkg + " : le fichier " + f.name() + " annoncé par le manifeste manque. Rien n'a été écrit.");
        if (!h.equals(f.sha256())) {
          throw new ParcoursException(pkg + " : somme SHA-256 de " + f.name() + " différente du manifeste, le fichier a été altéré. Rien n'a été écrit.");
        }
      }
      hashes.remove(MANIFEST);
      if (!hashes.isEmpty()) throw new ParcoursException(pkg + " : fichier(s) absent(s) du manifeste : " + hashes.keySet() + ". Rien n'a été écrit.");
      if (outDir != null) Files.move(content, outDir, StandardCopyOption.ATOMIC_MOVE);
      return m;
    } catch (IOException e) {
      throw new ParcoursException("Ouverture impossible du paquet " + pkg + " : " + e.getMessage() + ". Rien n'a été écrit.", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } finally {
      deleteTree(work);
    }
  }

  static String sha256(Path f) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(f))) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
      return hex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String hex(byte[] h) {
    StringBuilder sb = new StringBuilder(h.length * 2);
    for (byte b : h) sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
    return sb.toString();
  }

  private static InputStream nonClosing(InputStream in) {
    return new java.io.FilterInputStream(in) {
      @Override
      public void close() {}
    };
  }

  private static void deleteQuietly(Path p) {
    if (p == null) return;
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes a folder and its content (temporary folders only). */
  public static void deleteTree(Path dir) {
    if (dir == null || !Files.exists(dir)) return;
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(ExchangePackage::deleteQuietly);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unused")
  private static void copy(InputStream in, OutputStream out) throws IOException {
    in.transferTo(out);
  }
}
