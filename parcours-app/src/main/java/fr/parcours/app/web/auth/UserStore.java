package fr.parcours.app.web.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.parcours.model.ParcoursException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The observatory's accounts: {@value #FILE} in the workspace folder, JSON, rewritten whole and
 * atomically (temporary file then rename), readable by its owner only. Holds logins, roles and
 * Argon2id hashes; never a password.
 */
public final class UserStore {
  public static final String FILE = "utilisateurs-observatoire.json";
  public static final int MIN_PASSWORD_LENGTH = 12;
  /** Longest password accepted from a form (Argon2id costs the same; this only bounds the request). */
  public static final int MAX_PASSWORD_LENGTH = 256;
  private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One account. */
  public record User(String login, Role role, String hash, String created) {}

  private final Path file;

  public UserStore(Path workspaceDir) {
    this.file = workspaceDir.resolve(FILE);
  }

  public Path file() {
    return file;
  }

  public static String normaliseLogin(String login) {
    String l = login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
    if (!LOGIN.matcher(l).matches()) {
      throw new ParcoursException("Identifiant « " + login + " » invalide : 2 à 40 caractères parmi a-z, 0-9, point, tiret et souligné, "
          + "en commençant par une lettre ou un chiffre.");
    }
    return l;
  }

  public synchronized List<User> list() {
    if (!Files.exists(file)) return List.of();
    try {
      JsonNode root = JSON.readTree(file.toFile());
      List<User> out = new ArrayList<>();
      for (JsonNode u : root.path("utilisateurs")) {
        out.add(new User(u.path("login").asText(), Role.parseAccountRole(u.path("role").asText()), u.path("empreinte").asText(),
            u.path("cree_le").asText()));
      }
      return out;
    } catch (IOException | RuntimeException e) {
      throw new ParcoursException("Fichier des comptes illisible : " + file + " (" + e.getMessage()
          + "). Restaurez-le depuis une sauvegarde ou supprimez-le et recréez les comptes avec parcours users add.", e);
    }
  }

  public Optional<User> find(String login) {
    String l = login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
    return list().stream().filter(u -> u.login().equals(l)).findFirst();
  }

  /** Adds or replaces (same login) an account. */
  public synchronized User put(String login, Role role, char[] password) {
    String l = normaliseLogin(login);
    if (role == Role.PUBLIC) throw new ParcoursException("Rôle public interdit pour un compte : choisissez admin, analyst ou viewer.");
    requireLength(password);
    User u = new User(l, role, PasswordHasher.hash(password), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    List<User> users = new ArrayList<>(list());
    users.removeIf(x -> x.login().equals(l));
    users.add(u);
    write(users);
    return u;
  }

  /**
   * Replaces the password of an existing account, keeping its role and creation date (the account
   * holder's own change; {@link #put} is the administrator's).
   */
  public synchronized void setPassword(String login, char[] password) {
    requireLength(password);
    String l = login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
    List<User> users = new ArrayList<>(list());
    int i = 0;
    while (i < users.size() && !users.get(i).login().equals(l)) i++;
    if (i == users.size()) throw new ParcoursException("Aucun compte « " + l + " » : il a pu être supprimé entre-temps.");
    User u = users.get(i);
    users.set(i, new User(u.login(), u.role(), PasswordHasher.hash(password), u.created()));
    write(users);
  }

  /**
   * Checks a new password typed twice in a form (the administrator's creation form, the account
   * holder's change form): length bounds and equal entries. The message never repeats the password.
   */
  public static void checkNewPassword(String password, String confirmation) {
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      throw new ParcoursException("Mot de passe trop court : au moins " + MIN_PASSWORD_LENGTH + " caractères.");
    }
    if (password.length() > MAX_PASSWORD_LENGTH) throw new ParcoursException("Mot de passe trop long : au plus " + MAX_PASSWORD_LENGTH + " caractères.");
    if (!password.equals(confirmation)) throw new ParcoursException("Les deux saisies du mot de passe diffèrent : saisissez-le de nouveau.");
  }

  private static void requireLength(char[] password) {
    if (password == null || password.length < MIN_PASSWORD_LENGTH) {
      throw new ParcoursException("Mot de passe trop court : au moins " + MIN_PASSWORD_LENGTH + " caractères.");
    }
  }

  /** Removes an account; false when it did not exist. */
  public synchronized boolean remove(String login) {
    List<User> users = new ArrayList<>(list());
    String l = login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
    boolean removed = users.removeIf(x -> x.login().equals(l));
    if (removed) write(users);
    return removed;
  }

  private void write(List<User> users) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode arr = root.putArray("utilisateurs");
    for (User u : users) {
      arr.addObject().put("login", u.login()).put("role", u.role().code()).put("empreinte", u.hash()).put("cree_le", u.created());
    }
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".utilisateurs-", ".tmp");
      try {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the folder's rights apply
      }
      Files.writeString(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new ParcoursException("Écriture impossible du fichier des comptes " + file + " : " + e.getMessage(), e);
    }
  }
}
