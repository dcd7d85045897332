package fr.parcours.exchange.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.parcours.model.ParcoursException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The audit log: an append-only file of JSON lines, each holding its number, time, operation,
 * details, the previous line's hash and its own hash (SHA-256 of the line without its hash). Editing,
 * deleting or reordering any line breaks the chain; deleting the last lines is caught by the head
 * file beside the log ({@code <log>.tete}: number and hash of the last line), rewritten atomically
 * at every append. Details must never hold an identity: counts, ids of conventions and packages,
 * fingerprints only.
 */
public final class AuditLog {
  private static final ObjectMapper JSON = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
  public static final String GENESIS = "0".repeat(64);
  private static final String HASH_SUFFIX_START = ",\"empreinte\":\"";

  private AuditLog() {}

  /** One verified line. */
  public record Entry(long number, String time, String operation, Map<String, Object> details, String hash) {}

  /** Appends one line (under a file lock) and returns it. */
  public static Entry append(Path log, String operation, Map<String, ?> details) {
    try {
      Path dir = log.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      try (FileChannel ch = FileChannel.open(log, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
          FileLock lock = ch.lock()) {
        List<String> lines = readLines(log);
        long n = 1;
        String prev = GENESIS;
        if (!lines.isEmpty()) {
          JsonNode last = JSON.readTree(lines.get(lines.size() - 1));
          n = last.path("n").asLong() + 1;
          prev = last.path("empreinte").asText();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("n", n);
        body.put("horodatage", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        body.put("operation", operation);
        body.put("details", new TreeMap<>(details));
        body.put("precedent", prev);
        String s = JSON.writeValueAsString(body);
        String hash = sha256(s);
        String line = s.substring(0, s.length() - 1) + HASH_SUFFIX_START + hash + "\"}\n";
        ch.position(ch.size());
        ByteBuffer buf = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
        while (buf.hasRemaining()) ch.write(buf);
        ch.force(true);
        Path head = headFile(log);
        Path tmp = Files.createTempFile(dir, ".tete-", ".tmp");
        Files.writeString(tmp, n + ";" + hash + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, head, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        @SuppressWarnings("unchecked")
        Map<String, Object> d = (Map<String, Object>) body.get("details");
        return new Entry(n, (String) body.get("horodatage"), operation, d, hash);
      }
    } catch (IOException e) {
      throw new ParcoursException("Écriture impossible dans le journal d'audit " + log + " : " + e.getMessage()
          + ". L'opération n'est pas journalisée : réglez le problème avant de continuer.", e);
    }
  }

  /**
   * Checks the whole chain and the head file; returns the entries, or throws a French
   * {@link ParcoursException} naming the first bad line.
   */
  public static List<Entry> verify(Path log) {
    if (!Files.exists(log)) throw new ParcoursException("Journal d'audit introuvable : " + log + ".");
    List<String> lines;
    try {
      lines = readLines(log);
    } catch (IOException e) {
      throw new ParcoursException("Lecture impossible du journal " + log + " : " + e.getMessage(), e);
    }
    List<Entry> out = new ArrayList<>();
    String prev = GENESIS;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String where = log + ", ligne " + (i + 1);
      int at = line.lastIndexOf(HASH_SUFFIX_START);
      if (at < 0 || !line.endsWith("\"}")) throw new ParcoursException(where + " : ligne sans empreinte, le journal a été modifié.");
      String body = line.substring(0, at) + "}";
      String hash = line.substring(at + HASH_SUFFIX_START.length(), line.length() - 2);
      if (!sha256(body).equals(hash)) {
        throw new ParcoursException(where + " : le contenu ne correspond plus à son empreinte, la ligne a été modifiée.");
      }
      JsonNode n;
      try {
        n = JSON.readTree(body);
      } catch (IOException e) {
        throw new ParcoursException(where + " : JSON illisible, le journal a été modifié.");
      }
      if (n.path("n").asLong() != i + 1) {
        throw new ParcoursException(where + " : numéro " + n.path("n").asLong() + " au lieu de " + (i + 1)
            + ", des lignes ont été supprimées ou déplacées.");
      }
      if (!n.path("precedent").asText().equals(prev)) {
        throw new ParcoursException(where + " : la chaîne est rompue (empreinte précédente inattendue), des lignes ont été supprimées ou déplacées.");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> details = JSON.convertValue(n.path("details"), Map.class);
      out.add(new Entry(i + 1, n.path("horodatage").asText(), n.path("operation").asText(), details, hash));
      prev = hash;
    }
    Path head = headFile(log);
    if (Files.exists(head)) {
      try {
        String[] h = Files.readString(head, StandardCharsets.UTF_8).strip().split(";");
        if (Long.parseLong(h[0]) != out.size() || !h[1].equals(prev)) {
          throw new ParcoursException(log + " : le journal compte " + out.size() + " ligne(s) mais sa tête (" + head.getFileName() + ") en annonce "
              + h[0] + " : des lignes de fin ont été supprimées.");
        }
      } catch (IOException | RuntimeException e) {
        if (e instanceof ParcoursException pe) throw pe;
        throw new ParcoursException(head + " : fichier de tête illisible, le journal a été modifié.");
      }
    } else if (!out.isEmpty()) {
      throw new ParcoursException(log + " : le fichier de tête " + head.getFileName() + " manque ; impossible d'exclure une suppression des dernières lignes.");
    }
    return out;
  }

  public static Path headFile(Path log) {
    return log.resolveSibling(log.getFileName() + ".tete");
  }

  private static List<String> readLines(Path log) throws IOException {
    if (!Files.exists(log)) return List.of();
    List<String> out = new ArrayList<>();
    for (String l : Files.readAllLines(log, StandardCharsets.UTF_8)) if (!l.isBlank()) out.add(l);
    return out;
  }

  static String sha256(String s) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder(64);
      for (byte b : h) sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
