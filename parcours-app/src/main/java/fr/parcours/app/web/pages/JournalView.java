package fr.parcours.app.web.pages;

import fr.parcours.exchange.audit.AuditLog;
import java.util.List;

/** The admin's Journal page: chain status and latest entries. */
public record JournalView(String file, boolean chainOk, String chainStatus, List<AuditLog.Entry> entries) {}
