package fr.parcours.app.web.pages;

import fr.parcours.app.web.auth.UserStore;
import fr.parcours.exchange.audit.AuditLog;
import java.util.List;

/** The admin's Journal page: chain status, accounts, latest entries. */
public record JournalView(String file, boolean chainOk, String chainStatus, List<UserStore.User> users, List<AuditLog.Entry> entries) {}
