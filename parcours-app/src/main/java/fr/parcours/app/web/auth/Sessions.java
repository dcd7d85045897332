package fr.parcours.app.web.auth;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-side sessions: a random 256-bit identifier in an HttpOnly, SameSite=Strict cookie
 * (Secure when served over HTTPS), mapped to the account, its role and a CSRF token. Sessions end
 * after {@link #IDLE} without a request or {@link #ABSOLUTE} after login; a login always creates a
 * new identifier (no fixation). Kept in memory: restarting the server logs everyone out.
 */
public final class Sessions {
  public static final String COOKIE = "parcours_session";
  public static final Duration IDLE = Duration.ofMinutes(30);
  public static final Duration ABSOLUTE = Duration.ofHours(8);
  private static final SecureRandom RANDOM = new SecureRandom();

  /** One logged-in session. */
  public record Session(String id, String login, Role role, String csrf, long createdMillis, long[] lastSeen) {
    public boolean csrfMatches(String token) {
      return token != null && MessageDigest.isEqual(csrf.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }
  }

  private final Map<String, Session> byId = new ConcurrentHashMap<>();

  public Session create(String login, Role role) {
    long now = System.currentTimeMillis();
    Session s = new Session(token(), login, role, token(), now, new long[] {now});
    byId.put(s.id(), s);
    if (byId.size() % 64 == 0) purge(now);
    return s;
  }

  public Optional<Session> find(String id) {
    if (id == null) return Optional.empty();
    Session s = byId.get(id);
    if (s == null) return Optional.empty();
    long now = System.currentTimeMillis();
    if (expired(s, now)) {
      byId.remove(id);
      return Optional.empty();
    }
    s.lastSeen()[0] = now;
    return Optional.of(s);
  }

  public void remove(String id) {
    if (id != null) byId.remove(id);
  }

  /** Ends every session of an account (after its removal or a role change). */
  public void removeLogin(String login) {
    removeLoginExcept(login, null);
  }

  /** Ends every session of an account but one (after the account holder changed the password in it). */
  public void removeLoginExcept(String login, String keptId) {
    byId.values().removeIf(s -> s.login().equals(login) && !s.id().equals(keptId));
  }

  private static boolean expired(Session s, long now) {
    return now - s.lastSeen()[0] > IDLE.toMillis() || now - s.createdMillis() > ABSOLUTE.toMillis();
  }

  private void purge(long now) {
    byId.values().removeIf(s -> expired(s, now));
  }

  /** A random URL-safe token of 256 bits. */
  public static String token() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
