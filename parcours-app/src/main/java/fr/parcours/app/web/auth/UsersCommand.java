package fr.parcours.app.web.auth;

import fr.parcours.model.ParcoursException;
import java.io.Console;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parcours users add|list|remove}: the observatory's accounts. */
@Command(name = "users", mixinStandardHelpOptions = true, description = "Gère les comptes de l'observatoire web.",
    subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Remove.class})
public final class UsersCommand implements Runnable {
  public static final String PASSWORD_ENV = "PARCOURS_PASSWORD";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Précisez : parcours users add, list ou remove.");
  }

  static Path checkWorkspace(Path ws) {
    if (!Files.isDirectory(ws)) throw new ParcoursException("Workspace introuvable : " + ws + ". Indiquez le dossier du workspace avec --workspace.");
    return ws.toAbsolutePath().normalize();
  }

  /** {@code parcours users add}. */
  @Command(name = "add", mixinStandardHelpOptions = true,
      description = "Crée un compte (ou remplace son mot de passe et son rôle). Mot de passe : variable PARCOURS_PASSWORD, sinon saisi.")
  public static final class Add implements Callable<Integer> {
    @Option(names = "--workspace", required = true, description = "Dossier du workspace.")
    Path workspace;

    @Option(names = "--login", required = true, description = "Identifiant (a-z, 0-9, . _ -).")
    String login;

    @Option(names = "--role", required = true, description = "admin, analyst ou viewer.")
    String role;

    @Override
    public Integer call() {
      Path ws = checkWorkspace(workspace);
      Role r = Role.parseAccountRole(role);
      char[] pw = password();
      try {
        UserStore.User u = new UserStore(ws).put(login, r, pw);
        fr.parcours.exchange.audit.AuditLog.append(ws.resolve(fr.parcours.engine.release.PartnerRelease.AUDIT_LOG), "observatoire-compte",
            Map.of("login", u.login(), "role", u.role().code()));
        System.out.println("Compte « " + u.login() + " » enregistré (rôle " + u.role().label() + ") dans " + ws.resolve(UserStore.FILE) + ".");
      } finally {
        java.util.Arrays.fill(pw, '\0');
      }
      return 0;
    }

    private static char[] password() {
      String v = System.getenv(PASSWORD_ENV);
      if (v != null && !v.isEmpty()) return v.toCharArray();
      Console c = System.console();
      if (c == null) {
        throw new ParcoursException("Mot de passe absent : définissez la variable d'environnement " + PASSWORD_ENV
            + " ou lancez la commande dans un terminal pour le saisir.");
      }
      char[] a = c.readPassword("Mot de passe (au moins %d caractères) : ", UserStore.MIN_PASSWORD_LENGTH);
      char[] b = c.readPassword("Confirmation : ");
      if (a == null || b == null || !java.util.Arrays.equals(a, b)) throw new ParcoursException("Les deux saisies diffèrent : compte non créé.");
      return a;
    }
  }

  /** {@code parcours users list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "Liste les comptes (jamais les mots de passe).")
  public static final class ListUsers implements Callable<Integer> {
    @Option(names = "--workspace", required = true, description = "Dossier du workspace.")
    Path workspace;

    @Override
    public Integer call() {
      var users = new UserStore(checkWorkspace(workspace)).list();
      if (users.isEmpty()) System.out.println("Aucun compte.");
      for (UserStore.User u : users) System.out.printf("%-20s %-15s créé le %s%n", u.login(), u.role().label(), u.created());
      return 0;
    }
  }

  /** {@code parcours users remove}. */
  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Supprime un compte.")
  public static final class Remove implements Callable<Integer> {
    @Option(names = "--workspace", required = true, description = "Dossier du workspace.")
    Path workspace;

    @Option(names = "--login", required = true, description = "Identifiant.")
    String login;

    @Override
    public Integer call() {
      Path ws = checkWorkspace(workspace);
      if (!new UserStore(ws).remove(login)) throw new ParcoursException("Aucun compte « " + login + " » : rien à supprimer (voir parcours users list).");
      fr.parcours.exchange.audit.AuditLog.append(ws.resolve(fr.parcours.engine.release.PartnerRelease.AUDIT_LOG), "observatoire-compte-supprime",
          Map.of("login", login));
      System.out.println("Compte « " + login + " » supprimé.");
      return 0;
    }
  }
}
