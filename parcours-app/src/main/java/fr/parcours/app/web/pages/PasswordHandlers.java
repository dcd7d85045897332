package fr.parcours.app.web.pages;

import fr.parcours.app.web.auth.LoginThrottle;
import fr.parcours.app.web.auth.PasswordHasher;
import fr.parcours.app.web.auth.Sessions;
import fr.parcours.app.web.auth.UserStore;
import fr.parcours.model.ParcoursException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Every account changes its own password (page « Mot de passe »): the current password, then the
 * new one twice. The before-handler has already checked the session and, on POST, the CSRF token.
 * Wrong current passwords are limited per account by their own {@link LoginThrottle} (a stolen
 * session must not become a way to guess the password). On success the account's other sessions
 * are closed, this one is kept. Passwords are never written anywhere but as an Argon2id hash:
 * not in the audit log, not in a message, not back into the form.
 */
public final class PasswordHandlers {
  private final PageHandlers pages;
  private final UserStore users;
  private final Sessions sessions;
  private final LoginThrottle throttle;
  private final BiConsumer<String, Map<String, ?>> audit;

  /** {@code audit}: writes one operation of the observatory to the workspace's audit log. */
  public PasswordHandlers(PageHandlers pages, UserStore users, Sessions sessions, LoginThrottle throttle, BiConsumer<String, Map<String, ?>> audit) {
    this.pages = pages;
    this.users = users;
    this.sessions = sessions;
    this.throttle = throttle;
    this.audit = audit;
  }

  /** GET /mot-de-passe: the form; {@code ?change=1} reports a change just made. */
  public void form(Context ctx) {
    String message = ctx.queryParam("change") != null ? "Mot de passe changé. Vos autres sessions ouvertes sont fermées." : null;
    render(ctx, 200, message, false);
  }

  /** POST /mot-de-passe: current password, new password and its confirmation. */
  public void change(Context ctx) {
    Sessions.Session s = PageHandlers.session(ctx);
    String ip = ctx.ip();
    if (throttle.blocked(s.login(), ip)) {
      audit.accept("mot-de-passe", Map.of("login", s.login(), "adresse", ip, "resultat", "refuse (trop de tentatives)"));
      render(ctx, 429, "Trop de tentatives avec un mot de passe actuel incorrect : réessayez dans quinze minutes.", true);
      return;
    }
    String current = ctx.formParam("actuel");
    String password = ctx.formParam("password");
    String confirmation = ctx.formParam("confirmation");
    Optional<UserStore.User> user = users.find(s.login());
    char[] cur = current == null ? new char[0] : current.toCharArray();
    boolean ok;
    try {
      ok = user.isPresent() && PasswordHasher.verify(cur, user.get().hash());
    } finally {
      Arrays.fill(cur, '\0');
    }
    if (!ok) {
      throttle.failure(s.login(), ip);
      audit.accept("mot-de-passe", Map.of("login", s.login(), "adresse", ip, "resultat", "echec (mot de passe actuel incorrect)"));
      render(ctx, 400, "Mot de passe actuel incorrect : le mot de passe n'a pas été changé.", true);
      return;
    }
    try {
      UserStore.checkNewPassword(password, confirmation);
      if (password.equals(current)) throw new ParcoursException("Le nouveau mot de passe doit être différent de l'actuel.");
      char[] pw = password.toCharArray();
      try {
        users.setPassword(s.login(), pw);
      } finally {
        Arrays.fill(pw, '\0');
      }
    } catch (ParcoursException e) {
      render(ctx, 400, e.getMessage(), true);
      return;
    }
    throttle.success(s.login());
    sessions.removeLoginExcept(s.login(), s.id());
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("login", s.login());
    details.put("adresse", ip);
    details.put("resultat", "change");
    audit.accept("mot-de-passe", details);
    ctx.redirect("/mot-de-passe?change=1", HttpStatus.SEE_OTHER);
  }

  private void render(Context ctx, int status, String message, boolean error) {
    ctx.status(status);
    PageHandlers.html(ctx, Templates.render("password.jte", Map.of("chrome", pages.chrome(ctx, "Mot de passe", null, false),
        "view", new PasswordView(message, error, UserStore.MIN_PASSWORD_LENGTH, UserStore.MAX_PASSWORD_LENGTH))));
  }

  /**
   * What the page shows.
   *
   * @param message null when there is nothing to say
   */
  public record PasswordView(String message, boolean error, int minPasswordLength, int maxPasswordLength) {}
}
