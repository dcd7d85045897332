package fr.parcours.app.web.auth;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits login attempts: at most {@code perLogin} failures for one login and {@code perAddress}
 * failures from one address within {@code window}; past that, attempts are refused without
 * checking the password until old failures leave the window. A success clears the login's count.
 */
public final class LoginThrottle {
  private final int perLogin;
  private final int perAddress;
  private final long windowMillis;
  private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

  public LoginThrottle(int perLogin, int perAddress, Duration window) {
    if (perLogin < 1 || perAddress < 1) throw new IllegalArgumentException("limites de tentatives invalides");
    this.perLogin = perLogin;
    this.perAddress = perAddress;
    this.windowMillis = window.toMillis();
  }

  public static LoginThrottle standard() {
    return new LoginThrottle(5, 20, Duration.ofMinutes(15));
  }

  /** True when a new attempt for this login from this address must be refused. */
  public boolean blocked(String login, String address) {
    long now = System.currentTimeMillis();
    return recent("l:" + login, now) >= perLogin || recent("a:" + address, now) >= perAddress;
  }

  public void failure(String login, String address) {
    long now = System.currentTimeMillis();
    add("l:" + login, now);
    add("a:" + address, now);
  }

  public void success(String login) {
    failures.remove("l:" + login);
  }

  private int recent(String key, long now) {
    Deque<Long> d = failures.get(key);
    if (d == null) return 0;
    synchronized (d) {
      while (!d.isEmpty() && now - d.peekFirst() > windowMillis) d.pollFirst();
      return d.size();
    }
  }

  private void add(String key, long now) {
    Deque<Long> d = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (d) {
      d.addLast(now);
      while (d.size() > 1000) d.pollFirst();
    }
  }
}
