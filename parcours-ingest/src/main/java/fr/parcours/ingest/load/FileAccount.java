package fr.parcours.ingest.load;

import fr.parcours.model.CanonicalTable;

/**
 * Row accounting of one source file: {@code read = loaded + rejected} always holds.
 *
 * @param sha256 hex SHA-256 of the file's bytes, registered with the extract
 */
public record FileAccount(CanonicalTable table, String file, long read, long loaded, long rejected, String sha256, long bytes) {
  public FileAccount {
    if (read != loaded + rejected) {
      throw new IllegalStateException("comptage incohérent pour " + file + " : " + read + " ≠ " + loaded + " + " + rejected);
    }
  }
}
