package fr.parcours.app.web.pages;

import fr.parcours.app.web.auth.Role;
import fr.parcours.app.web.auth.Sessions;
import fr.parcours.app.web.auth.UserStore;
import fr.parcours.app.web.report.Page;
import fr.parcours.engine.release.KeyBinding;
import fr.parcours.exchange.audit.AuditLog;
import fr.parcours.model.ParcoursException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The admin's pages besides the Journal: accounts (list, create, delete) and keys (read-only
 * status). The before-handler has already checked the session, the admin role and, on POST, the
 * CSRF token. A password typed in the form is hashed with Argon2id by {@link UserStore} and never
 * written anywhere else: not in the audit log, not in an error message, not back into the form.
 */
public final class AdminHandlers {
  /** Key operations shown on the Clés page, newest first. */
  static final int KEY_OPERATIONS = 50;

  private final PageHandlers pages;
  private final UserStore users;
  private final Sessions sessions;
  private final Path workspace;
  private final Path auditLog;
  private final BiConsumer<String, Map<String, ?>> audit;

  /** {@code audit}: writes one operation of the observatory to the workspace's audit log. */
  public AdminHandlers(PageHandlers pages, UserStore users, Sessions sessions, Path workspace, Path auditLog, BiConsumer<String, Map<String, ?>> audit) {
    this.pages = pages;
    this.users = users;
    this.sessions = sessions;
    this.workspace = workspace;
    this.auditLog = auditLog;
    this.audit = audit;
  }

  /** GET /comptes: the accounts and the creation form; {@code ?cree=} or {@code ?supprime=} report the last action. */
  public void accounts(Context ctx) {
    String message = null;
    String created = ctx.queryParam("cree");
    String removed = ctx.queryParam("supprime");
    if (created != null) {
      message = users.find(created).map(u -> "Compte « " + u.login() + " » créé avec le rôle " + u.role().label() + ".").orElse(null);
    } else if (removed != null && users.find(removed).isEmpty() && removed.matches("[a-z0-9._-]{2,40}")) {
      message = "Compte « " + removed + " » supprimé ; ses sessions ouvertes sont fermées.";
    }
    renderAccounts(ctx, 200, "", Role.VIEWER, message, false);
  }

  /** POST /comptes/creer: login, role, password and its confirmation from the form. */
  public void create(Context ctx) {
    Sessions.Session s = PageHandlers.session(ctx);
    String rawLogin = ctx.formParam("login");
    String rawRole = ctx.formParam("role");
    String password = ctx.formParam("password");
    String confirmation = ctx.formParam("confirmation");
    String keptLogin = rawLogin == null ? "" : rawLogin.trim().toLowerCase(java.util.Locale.ROOT);
    if (keptLogin.length() > 40) keptLogin = keptLogin.substring(0, 40);
    Role role = Role.VIEWER;
    try {
      role = Role.parseAccountRole(rawRole);
      String login = UserStore.normaliseLogin(rawLogin);
      if (users.find(login).isPresent()) {
        throw new ParcoursException("Le compte « " + login + " » existe déjà : supprimez-le d'abord, ou changez son mot de passe avec parcours users add.");
      }
      UserStore.checkNewPassword(password, confirmation);
      char[] pw = password.toCharArray();
      try {
        users.put(login, role, pw);
      } finally {
        Arrays.fill(pw, '\0');
      }
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("login", login);
      details.put("role", role.code());
      details.put("par", s.login());
      audit.accept("compte-cree", details);
      ctx.redirect(Page.USERS.path() + "?cree=" + login, HttpStatus.SEE_OTHER);
    } catch (ParcoursException e) {
      renderAccounts(ctx, 400, keptLogin, role, e.getMessage(), true);
    }
  }

  /**
   * POST /comptes/supprimer: removes an account (never one's own) and closes its sessions, in two
   * steps: without {@code confirme=oui} it only shows what would be removed and asks to confirm (no
   * script needed, so it works under the strict Content-Security-Policy and without JavaScript).
   */
  public void delete(Context ctx) {
    Sessions.Session s = PageHandlers.session(ctx);
    String login = String.valueOf(ctx.formParam("login")).trim().toLowerCase(java.util.Locale.ROOT);
    if (login.equals(s.login())) {
      renderAccounts(ctx, 400, "", Role.VIEWER, "Vous ne pouvez pas supprimer votre propre compte.", true);
      return;
    }
    if (!"oui".equals(ctx.formParam("confirme"))) {
      var user = users.find(login);
      if (user.isPresent()) {
        PageHandlers.html(ctx, Templates.render("confirm-delete.jte", Map.of("chrome", pages.chrome(ctx, "Supprimer un compte", Page.USERS, false),
            "user", user.get())));
        return;
      }
    }
    if (!users.remove(login)) {
      renderAccounts(ctx, 404, "", Role.VIEWER, "Aucun compte « " + (login.length() > 40 ? login.substring(0, 40) + "…" : login) + " ».", true);
      return;
    }
    sessions.removeLogin(login);
    audit.accept("compte-supprime", Map.of("login", login, "par", s.login()));
    ctx.redirect(Page.USERS.path() + "?supprime=" + login, HttpStatus.SEE_OTHER);
  }

  private void renderAccounts(Context ctx, int status, String formLogin, Role formRole, String message, boolean error) {
    List<PageView.Option> roles = new ArrayList<>();
    for (Role r : new Role[] {Role.VIEWER, Role.ANALYST, Role.ADMIN}) roles.add(new PageView.Option(r.code(), r.label(), r == formRole));
    ctx.status(status);
    PageHandlers.html(ctx, Templates.render("accounts.jte", Map.of("chrome", pages.chrome(ctx, Page.USERS.title(), Page.USERS, false),
        "view", new AccountsView(users.list(), roles, formLogin, message, error, UserStore.MIN_PASSWORD_LENGTH))));
  }

  /** GET /cles: the key status, read-only. */
  public void keys(Context ctx) {
    Path bound = workspace.resolve(KeyBinding.FILE);
    String fingerprint = Files.exists(bound) ? KeyBinding.read(bound) : null;
    List<KeysView.Retired> retired = new ArrayList<>();
    Path retiredFile = workspace.resolve(KeyBinding.RETIRED_FILE);
    if (Files.exists(retiredFile)) {
      for (String line : KeyBinding.read(retiredFile).split("\n")) {
        String[] p = line.strip().split(";");
        if (!p[0].isBlank()) retired.add(new KeysView.Retired(p[0], p.length > 1 ? p[1] : ""));
      }
    }
    PageHandlers.AuditRead read = PageHandlers.readAudit(auditLog);
    List<AuditLog.Entry> ops = new ArrayList<>();
    for (int i = read.entries().size() - 1; i >= 0 && ops.size() < KEY_OPERATIONS; i--) {
      AuditLog.Entry e = read.entries().get(i);
      if (isKeyOperation(e)) ops.add(e);
    }
    PageHandlers.html(ctx, Templates.render("keys.jte", Map.of("chrome", pages.chrome(ctx, Page.KEYS.title(), Page.KEYS, false),
        "view", new KeysView(fingerprint, retired, ops, read.status(), read.ok()))));
  }

  /** Key creation, sharing, reconstruction, rotation, and every release made with the key (it names its fingerprint). */
  static boolean isKeyOperation(AuditLog.Entry e) {
    return e.operation().startsWith("cle") || e.details().containsKey("empreinte_cle");
  }
}
