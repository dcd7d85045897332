package fr.parcours.engine.release;

import fr.parcours.engine.workspace.Workspace;
import fr.parcours.exchange.audit.AuditLog;
import fr.parcours.model.ParcoursException;
import fr.parcours.privacy.identity.IdentityKeys;
import fr.parcours.privacy.identity.PersonIdentity;
import fr.parcours.privacy.keys.KeyPurpose;
import fr.parcours.privacy.keys.Keystore;
import fr.parcours.privacy.keys.MasterSecret;
import fr.parcours.privacy.keys.Pseudonymiser;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code parcours key rotate}: moves a workspace from one master key to another without breaking
 * its cohorts. Pseudonyms are not stored in the workspace (they are computed at each release), so
 * re-pseudonymising means: compute, for every person of every extract and every context that
 * pseudonyms were sent under (each convention/recipient pair of the audit log's packages, and the
 * OLINPE identifier of each département), the old and the new identifier, and keep that table on
 * the controller's side ({@code <workspace>/rotations/}, never in a package); re-key the
 * controller-side index of sent packages ({@code envois/}); retire the old fingerprint and bind the
 * workspace to the new one; append the rotation to the audit log.
 *
 * <p>Order and atomicity: everything is computed in memory first; then the table (temporary file
 * and rename), the new keystore (created only when absent), the re-keyed index files (each one
 * renamed over the old), the retired list, and last the binding (one atomic rename). A crash before
 * the binding leaves the workspace on the old key; running the rotation again finishes it (index
 * lines already re-keyed are kept as they are).
 */
public final class KeyRotation {
  public static final String DIR = "rotations";
  public static final String OPERATION = "cle_rotation";

  private KeyRotation() {}

  /**
   * @param newKeystore created with a fresh secret when absent; opened with {@code newPassphrase} otherwise
   * @param auditLog null for {@code <workspace>/journal-audit.jsonl}
   */
  public record Settings(Path workspace, Path oldKeystore, char[] oldPassphrase, Path newKeystore, char[] newPassphrase, Path auditLog) {
    public Settings {
      for (Object o : new Object[] {workspace, oldKeystore, oldPassphrase, newKeystore, newPassphrase}) {
        if (o == null) throw new IllegalArgumentException("missing rotation setting");
      }
    }

    Path auditLogOrDefault() {
      return auditLog != null ? auditLog : workspace.resolve(PartnerRelease.AUDIT_LOG);
    }
  }

  /**
   * @param table the old→new table (controller side)
   * @param persons distinct persons over all extracts
   * @param mappings lines of the table
   * @param contexts contexts re-pseudonymised (convention/recipient pairs and OLINPE départements)
   * @param indexLines lines of {@code envois/} re-keyed
   * @param indexLinesUnmatched lines left as they were (person no longer in any extract, or already re-keyed)
   */
  public record Result(String oldFingerprint, String newFingerprint, Path table, long persons, long mappings, List<String> contexts,
      long indexLines, long indexLinesUnmatched) {}

  private record Person(String id, PersonIdentity identity) {}

  public static Result run(Settings s, Consumer<String> progress) {
    Path ws = s.workspace();
    Path binding = ws.resolve(KeyBinding.FILE);
    if (!Files.exists(binding)) {
      Workspace.open(ws).close(); // French message when the folder is no workspace
      throw new ParcoursException("Le workspace " + ws + " n'est encore lié à aucune clé (aucun paquet n'en est sorti) : aucune rotation n'est "
          + "nécessaire, utilisez directement le nouveau coffre. Rien n'a été écrit.");
    }
    if (s.oldKeystore().toAbsolutePath().normalize().equals(s.newKeystore().toAbsolutePath().normalize())) {
      throw new ParcoursException("--keystore et --new-keystore désignent le même fichier : donnez un nouveau coffre. Rien n'a été écrit.");
    }
    Path log = s.auditLogOrDefault();
    List<AuditLog.Entry> entries = Files.exists(log) ? AuditLog.verify(log) : List.of();
    try (MasterSecret oldKey = Keystore.open(s.oldKeystore(), s.oldPassphrase());
        MasterSecret newKey = Files.exists(s.newKeystore()) ? Keystore.open(s.newKeystore(), s.newPassphrase()) : MasterSecret.generate()) {
      String oldFp = oldKey.fingerprint();
      String newFp = newKey.fingerprint();
      if (oldFp.equals(newFp)) {
        throw new ParcoursException("Le nouveau coffre " + s.newKeystore() + " contient la même clé (empreinte " + oldFp + ") : rien à faire.");
      }
      KeyBinding.check(ws, oldFp);
      progress.accept("Rotation de la clé " + oldFp + " vers " + newFp);

      List<Person> persons = new ArrayList<>();
      List<String> departements = new ArrayList<>();
      try (Workspace w = Workspace.open(ws); Statement st = w.connection().createStatement()) {
        try (ResultSet rs = st.executeQuery("SELECT DISTINCT person_id, birth_name, usage_name, first_names, birth_date, mother_birth_name FROM persons "
            + "ORDER BY person_id")) {
          while (rs.next()) {
            persons.add(new Person(rs.getString(1),
                new PersonIdentity(rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6))));
          }
        }
        try (ResultSet rs = st.executeQuery("SELECT DISTINCT departement FROM extracts WHERE departement IS NOT NULL ORDER BY 1")) {
          while (rs.next()) departements.add(rs.getString(1));
        }
      } catch (SQLException e) {
        throw new ParcoursException("Lecture des personnes du workspace impossible : " + e.getMessage(), e);
      }
      progress.accept("Personnes (tous extraits) : " + persons.size());

      // Contexts pseudonyms were sent under, from the verified audit log.
      TreeSet<String> contexts = new TreeSet<>();
      for (AuditLog.Entry e : entries) {
        if (!"paquet".equals(e.operation())) continue;
        Object conv = e.details().get("convention");
        Object rec = e.details().get("destinataire");
        if (conv != null && rec != null) contexts.add(conv + "/" + rec);
      }

      String date = LocalDate.now().toString();
      Path dir = ws.resolve(DIR);
      Path table = dir.resolve("table-passage-" + date + "-" + oldFp + "-vers-" + newFp + ".csv");
      long mappings = 0;
      List<String> done = new ArrayList<>();
      Path tmp = null;
      try {
        Files.createDirectories(dir);
        tmp = Files.createTempFile(dir, ".table-", ".tmp");
        try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
          out.write("finalite;contexte;ancien;nouveau\n");
          for (String ctx : contexts) {
            mappings += writeMappings(out, KeyPurpose.PERSON_PSEUDONYM, ctx, 32, oldKey, newKey, persons, false);
            done.add(ctx);
          }
          for (String dep : departements) {
            mappings += writeMappings(out, KeyPurpose.OLINPE, dep, 40, oldKey, newKey, persons, true);
            done.add("OLINPE " + dep);
          }
        }
        progress.accept("Table de passage : " + mappings + " correspondances, " + done.size() + " contexte(s)");

        // Index of sent packages: old keyed reference → new one.
        Pseudonymiser oldIndex = new Pseudonymiser(oldKey.derive(KeyPurpose.CONTROLLER_INDEX, ""), 32);
        Pseudonymiser newIndex = new Pseudonymiser(newKey.derive(KeyPurpose.CONTROLLER_INDEX, ""), 32);
        Map<String, String> reindex = new HashMap<>();
        for (Person p : persons) {
          List<String> a = ControllerIndex.refs(oldIndex, p.id(), p.identity());
          List<String> b = ControllerIndex.refs(newIndex, p.id(), p.identity());
          for (int i = 0; i < a.size(); i++) reindex.put(a.get(i), b.get(i));
        }
        Map<Path, List<String>> rewritten = new LinkedHashMap<>();
        long matched = 0;
        long unmatched = 0;
        Path sent = ws.resolve(PartnerRelease.SENT_DIR);
        if (Files.isDirectory(sent)) {
          try (Stream<Path> files = Files.list(sent)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
              TreeSet<String> lines = new TreeSet<>();
              for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                if (line.isBlank()) continue;
                String n = reindex.get(line);
                if (n != null) matched++;
                else unmatched++;
                lines.add(n != null ? n : line);
              }
              rewritten.put(f, new ArrayList<>(lines));
            }
          }
        }

        // Writes: table, new keystore, index, retired list, binding (last), audit.
        Files.move(tmp, table, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        tmp = null;
        if (!Files.exists(s.newKeystore())) Keystore.write(s.newKeystore(), newKey, s.newPassphrase(), Keystore.Argon2Cost.DEFAULT);
        for (var e : rewritten.entrySet()) {
          Path t = Files.createTempFile(sent, ".envoi-", ".tmp");
          Files.write(t, e.getValue(), StandardCharsets.UTF_8);
          Files.move(t, e.getKey(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        KeyBinding.retire(ws, oldFp, date);
        KeyBinding.write(ws, newFp);
        Map<String, Object> audit = new LinkedHashMap<>();
        audit.put("ancienne_empreinte", oldFp);
        audit.put("nouvelle_empreinte", newFp);
        audit.put("coffre", s.newKeystore().getFileName().toString());
        audit.put("table_passage", ws.relativize(table).toString());
        audit.put("personnes", persons.size());
        audit.put("correspondances", mappings);
        audit.put("contextes", done);
        audit.put("envois_reindexes", matched);
        audit.put("envois_non_retrouves", unmatched);
        AuditLog.append(log, OPERATION, audit);
        return new Result(oldFp, newFp, table, persons.size(), mappings, List.copyOf(done), matched, unmatched);
      } catch (IOException e) {
        throw new ParcoursException("Rotation impossible : " + e.getMessage() + ". Le workspace reste lié à l'ancienne clé ; relancez la rotation.", e);
      } finally {
        if (tmp != null) {
          try {
            Files.deleteIfExists(tmp);
          } catch (IOException ignored) {
            // best effort: a leftover hidden temporary file is harmless
          }
        }
      }
    }
  }

  private static long writeMappings(BufferedWriter out, KeyPurpose purpose, String context, int hexLength, MasterSecret oldKey, MasterSecret newKey,
      List<Person> persons, boolean olinpe) throws IOException {
    Pseudonymiser a = new Pseudonymiser(oldKey.derive(purpose, context), hexLength);
    Pseudonymiser b = new Pseudonymiser(newKey.derive(purpose, context), hexLength);
    TreeSet<String> keys = new TreeSet<>();
    for (Person p : persons) {
      if (olinpe) {
        keys.add(IdentityKeys.olinpeKey(p.identity()));
      } else {
        // Both sources a convention may pseudonymise from: the identity, and the source id.
        IdentityKeys.personKey(p.identity()).ifPresent(keys::add);
        keys.add(IdentityKeys.sourceIdKey(p.id()));
      }
    }
    long n = 0;
    for (String k : keys) {
      out.write(purpose.label() + ";" + context + ";" + a.apply(k) + ";" + b.apply(k) + "\n");
      n++;
    }
    return n;
  }
}
