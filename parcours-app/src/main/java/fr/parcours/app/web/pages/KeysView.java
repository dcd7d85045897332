package fr.parcours.app.web.pages;

import fr.parcours.exchange.audit.AuditLog;
import java.util.List;

/**
 * The admin's Clés page, read-only and public material only: the fingerprint the workspace is bound
 * to, the fingerprints retired by rotations, the latest key operations of the audit log. Never a key,
 * a share or a password.
 *
 * @param fingerprint null when the workspace is not bound to a key yet
 */
public record KeysView(String fingerprint, List<Retired> retired, List<AuditLog.Entry> operations, String auditStatus, boolean auditOk) {
  /** A retired fingerprint and the date of the rotation that retired it. */
  public record Retired(String fingerprint, String date) {}
}
