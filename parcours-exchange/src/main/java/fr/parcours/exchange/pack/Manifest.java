package fr.parcours.exchange.pack;

import java.util.List;
import java.util.Map;

/**
 * The manifest of a package ({@code manifeste.json}), inside the encrypted content. Field names
 * are French in the JSON (see {@code docs/pseudonymisation.md}).
 *
 * @param keyFingerprint fingerprint of the controller's master key (never the key)
 * @param files every file of the package but the manifest, with row count and SHA-256
 * @param privacy what the privacy step did: risk figures, generalisations, exclusion counts
 */
public record Manifest(
    int schemaVersion,
    String packageId,
    String conventionId,
    String recipient,
    String periodStart,
    String periodEnd,
    String extractId,
    String createdAt,
    String keyFingerprint,
    List<FileEntry> files,
    Map<String, Object> privacy) {
  public static final int SCHEMA_VERSION = 1;

  public Manifest {
    files = List.copyOf(files);
    privacy = Map.copyOf(privacy);
  }

  /** One file of the package. */
  public record FileEntry(String name, String table, long rows, long bytes, String sha256) {}
}
