package fr.parcours.privacy.keys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.parcours.model.ParcoursException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * The master secret split into share files, k of n (custodians), with {@link Shamir}. A share file
 * is JSON: format, the key's fingerprint, the share's number, threshold and count, the share's 32
 * bytes (Base64) and a check code (SHA-256 of the rest, 8 bytes) that catches a damaged or
 * mistyped file. One share alone, or any k − 1, says nothing of the secret; they must still be kept
 * apart (one per custodian, offline): k of them are the key.
 */
public final class KeyShares {
  public static final String FORMAT = "parcours-part-1";
  private static final ObjectMapper JSON = new ObjectMapper();

  private KeyShares() {}

  /** One share, as read from its file. */
  public record Share(Path file, String fingerprint, int number, int threshold, int count, byte[] value) {}

  /**
   * Writes {@code n} share files into {@code dir}, which must not exist (created whole, through a
   * temporary folder and a rename). Returns the files.
   */
  public static List<Path> split(MasterSecret secret, int n, int k, Path dir) {
    if (n < 2 || n > 255) throw new ParcoursException("--shares doit être entre 2 et 255 (nombre de dépositaires).");
    if (k < 2 || k > n) throw new ParcoursException("--threshold doit être entre 2 et --shares (" + n + ") : c'est le nombre de parts qui suffisent.");
    if (Files.exists(dir)) throw new ParcoursException(dir + " existe déjà : les parts sont écrites dans un dossier neuf. Choisissez un autre --out.");
    String fp = secret.fingerprint();
    byte[] s = secret.bytes();
    byte[][] shares = Shamir.split(s, n, k, new SecureRandom());
    Arrays.fill(s, (byte) 0);
    Path tmp = null;
    try {
      Path parent = Files.createDirectories(dir.toAbsolutePath().getParent());
      tmp = Files.createTempDirectory(parent, ".parts-");
      List<String> names = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        ObjectNode o = JSON.createObjectNode();
        o.put("format", FORMAT);
        o.put("empreinte", fp);
        o.put("numero", i + 1);
        o.put("seuil", k);
        o.put("parts", n);
        o.put("valeur", Base64.getEncoder().encodeToString(shares[i]));
        o.put("controle", check(fp, i + 1, k, n, shares[i]));
        String name = "part-" + (i + 1) + "-sur-" + n + ".json";
        Files.writeString(tmp.resolve(name), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o) + "\n", StandardCharsets.UTF_8);
        names.add(name);
        Arrays.fill(shares[i], (byte) 0);
      }
      Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
      tmp = null;
      return names.stream().map(dir::resolve).toList();
    } catch (IOException e) {
      throw new ParcoursException("Écriture impossible des parts dans " + dir + " : " + e.getMessage() + ". Rien n'a été écrit.", e);
    } finally {
      if (tmp != null) deleteQuietly(tmp);
    }
  }

  /** Reads and checks one share file (French messages). */
  public static Share read(Path file) {
    JsonNode o;
    try {
      o = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (java.nio.file.NoSuchFileException e) {
      throw new ParcoursException("Part introuvable : " + file + ".");
    } catch (IOException e) {
      throw new ParcoursException("La part " + file + " est illisible (JSON attendu).");
    }
    if (!FORMAT.equals(o.path("format").asText())) throw new ParcoursException(file + " n'est pas une part de clé Parcours (format " + FORMAT + " attendu).");
    byte[] v;
    try {
      v = Base64.getDecoder().decode(o.path("valeur").asText());
    } catch (IllegalArgumentException e) {
      throw new ParcoursException("La part " + file + " est endommagée (valeur illisible).");
    }
    String fp = o.path("empreinte").asText();
    int x = o.path("numero").asInt();
    int k = o.path("seuil").asInt();
    int n = o.path("parts").asInt();
    if (v.length != MasterSecret.LENGTH || !check(fp, x, k, n, v).equals(o.path("controle").asText())) {
      throw new ParcoursException("La part " + file + " est endommagée ou a été modifiée (code de contrôle faux) : demandez-en une copie à son dépositaire.");
    }
    return new Share(file, fp, x, k, n, v);
  }

  /** The master secret from share files: at least the threshold, all of one key, distinct numbers. */
  public static MasterSecret join(List<Path> files) {
    if (files.isEmpty()) throw new ParcoursException("Aucune part donnée : utilisez --share FICHIER autant de fois que de parts.");
    List<Share> shares = files.stream().map(KeyShares::read).toList();
    Share first = shares.get(0);
    for (Share s : shares) {
      if (!s.fingerprint().equals(first.fingerprint()) || s.threshold() != first.threshold() || s.count() != first.count()) {
        throw new ParcoursException("Les parts " + first.file() + " et " + s.file() + " ne viennent pas du même partage (empreintes "
            + first.fingerprint() + " et " + s.fingerprint() + ").");
      }
    }
    int[] xs = shares.stream().mapToInt(Share::number).toArray();
    if (Arrays.stream(xs).distinct().count() != xs.length) throw new ParcoursException("La même part est donnée deux fois : chaque part compte une fois.");
    if (xs.length < first.threshold()) {
      throw new ParcoursException(xs.length + " part(s) données, il en faut " + first.threshold() + " sur " + first.count()
          + " pour reconstituer la clé d'empreinte " + first.fingerprint() + ".");
    }
    byte[][] ys = shares.stream().map(Share::value).toArray(byte[][]::new);
    byte[] secret = Shamir.combine(xs, ys);
    try {
      MasterSecret m = new MasterSecret(secret);
      if (!m.fingerprint().equals(first.fingerprint())) {
        m.close();
        throw new ParcoursException("Les parts ne reconstituent pas la clé d'empreinte " + first.fingerprint() + " : une part est fausse.");
      }
      return m;
    } finally {
      Arrays.fill(secret, (byte) 0);
      for (byte[] y : ys) Arrays.fill(y, (byte) 0);
    }
  }

  private static String check(String fp, int x, int k, int n, byte[] v) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update((FORMAT + "|" + fp + "|" + x + "|" + k + "|" + n + "|").getBytes(StandardCharsets.US_ASCII));
      byte[] h = md.digest(v);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 8; i++) sb.append(String.format("%02x", h[i]));
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (var s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // a hidden temporary folder left behind is harmless
    }
  }
}
