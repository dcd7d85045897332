package fr.parcours.app.web.auth;

import fr.parcours.exchange.audit.AuditLog;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;

/**
 * Login and logout. The login form is protected against cross-site submission by a double-submit
 * token (a random value in a SameSite=Strict cookie and in the form, compared in constant time);
 * every attempt (success, failure, refusal by the rate limit) is written to the workspace's
 * chained audit log, with the login and the client address, never the password.
 */
public final class AuthHandlers {
  public static final String LOGIN_CSRF_COOKIE = "parcours_csrf_connexion";
  /** Hash compared when the login does not exist, so that both cases take the same time. */
  private static final String DUMMY_HASH = PasswordHasher.hash("compte-inexistant-0000".toCharArray());

  private final UserStore users;
  private final Sessions sessions;
  private final LoginThrottle throttle;
  private final Path auditLog;
  private final boolean secureCookies;

  public AuthHandlers(UserStore users, Sessions sessions, LoginThrottle throttle, Path auditLog, boolean secureCookies) {
    this.users = users;
    this.sessions = sessions;
    this.throttle = throttle;
    this.auditLog = auditLog;
    this.secureCookies = secureCookies;
  }

  /** Outcome of a login attempt. */
  public enum Outcome { SUCCESS, FAILURE, BLOCKED, BAD_TOKEN }

  /** The login form's double-submit token: the cookie's, or a new one set now. */
  public String loginToken(Context ctx) {
    String t = ctx.cookie(LOGIN_CSRF_COOKIE);
    if (t == null || t.length() < 40) {
      t = Sessions.token();
      cookie(ctx, LOGIN_CSRF_COOKIE, t, -1);
    }
    return t;
  }

  /** Checks a login attempt; on success sets the session cookie and returns the session. */
  public Map.Entry<Outcome, Optional<Sessions.Session>> login(Context ctx) {
    String cookie = ctx.cookie(LOGIN_CSRF_COOKIE);
    String form = ctx.formParam("_csrf");
    if (cookie == null || form == null || !MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8), form.getBytes(StandardCharsets.UTF_8))) {
      return Map.entry(Outcome.BAD_TOKEN, Optional.empty());
    }
    String login = String.valueOf(ctx.formParam("login")).trim().toLowerCase(java.util.Locale.ROOT);
    if (login.length() > 60) login = login.substring(0, 60);
    String password = ctx.formParam("password");
    String ip = ctx.ip();
    if (throttle.blocked(login, ip)) {
      audit("connexion", Map.of("login", login, "adresse", ip, "resultat", "refusee (trop de tentatives)"));
      return Map.entry(Outcome.BLOCKED, Optional.empty());
    }
    Optional<UserStore.User> user = users.find(login);
    char[] pw = password == null ? new char[0] : password.toCharArray();
    boolean ok = PasswordHasher.verify(pw, user.map(UserStore.User::hash).orElse(DUMMY_HASH)) && user.isPresent();
    java.util.Arrays.fill(pw, '\0');
    if (!ok) {
      throttle.failure(login, ip);
      audit("connexion", Map.of("login", login, "adresse", ip, "resultat", "echec"));
      return Map.entry(Outcome.FAILURE, Optional.empty());
    }
    throttle.success(login);
    sessions.remove(ctx.cookie(Sessions.COOKIE));
    Sessions.Session s = sessions.create(user.get().login(), user.get().role());
    cookie(ctx, Sessions.COOKIE, s.id(), -1);
    cookie(ctx, LOGIN_CSRF_COOKIE, "", 0);
    audit("connexion", Map.of("login", login, "adresse", ip, "resultat", "reussie", "role", user.get().role().code()));
    return Map.entry(Outcome.SUCCESS, Optional.of(s));
  }

  public void logout(Context ctx, Sessions.Session s) {
    sessions.remove(s.id());
    cookie(ctx, Sessions.COOKIE, "", 0);
    audit("deconnexion", Map.of("login", s.login(), "adresse", ctx.ip()));
  }

  public void audit(String operation, Map<String, ?> details) {
    AuditLog.append(auditLog, "observatoire-" + operation, details);
  }

  /** Writes a cookie with HttpOnly, SameSite=Strict, Path=/ and Secure when the server is behind HTTPS. */
  private void cookie(Context ctx, String name, String value, int maxAge) {
    boolean secure = secureCookies || "https".equalsIgnoreCase(ctx.scheme());
    ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "")
        + (maxAge >= 0 ? "; Max-Age=" + maxAge : ""));
  }
}
