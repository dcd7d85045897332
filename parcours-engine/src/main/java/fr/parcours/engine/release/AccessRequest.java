package fr.parcours.engine.release;

import fr.parcours.engine.workspace.Workspace;
import fr.parcours.exchange.audit.AuditLog;
import fr.parcours.model.CanonicalField;
import fr.parcours.model.CanonicalTable;
import fr.parcours.model.ParcoursException;
import fr.parcours.privacy.identity.IdentityKeys;
import fr.parcours.privacy.identity.PersonIdentity;
import fr.parcours.privacy.keys.KeyPurpose;
import fr.parcours.privacy.keys.Keystore;
import fr.parcours.privacy.keys.MasterSecret;
import fr.parcours.privacy.keys.Pseudonymiser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A person's access request (GDPR art. 15), answered on the controller's side: the rows held on
 * them in the latest extract, table by table, and the packages that included them (from the
 * per-package index {@code envois/} and the audit log: when, to whom, under which convention).
 *
 * <p>The person is found by source id, or by identity ("NOM;Prénom;jj/mm/aaaa"), matched with the
 * same normalised key as the pseudonym (phonetic names, full birth date), against the birth name
 * and against the used name. The request is appended to the audit log with a keyed reference only
 * (HMAC under the {@code index-responsable} key of {@code A1|<identity key or source id>}), never
 * with the identity or the source id: the controller can tell later that a given person asked, only
 * with the key.
 */
public final class AccessRequest {
  public static final String OPERATION = "acces";
  private static final DateTimeFormatter FR = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  private AccessRequest() {}

  /** Who asks: a source id, or an identity (exactly one is non-null). */
  public record Subject(String personId, PersonIdentity identity) {
    public Subject {
      if ((personId == null) == (identity == null)) throw new IllegalArgumentException("exactly one of personId, identity");
    }

    public static Subject ofId(String personId) {
      if (personId == null || personId.isBlank()) throw new ParcoursException("--person-id est vide : donnez l'identifiant de la personne dans la source.");
      return new Subject(personId.strip(), null);
    }

    /** Parses {@code NOM;Prénom;jj/mm/aaaa} (French messages on error). */
    public static Subject ofIdentity(String text) {
      String[] p = text == null ? new String[0] : text.split(";", -1);
      if (p.length != 3 || p[0].isBlank() || p[1].isBlank() || p[2].isBlank()) {
        throw new ParcoursException("--identity attend « NOM;Prénom;jj/mm/aaaa » (nom de naissance, prénom, date de naissance), par exemple "
            + "« DUPONT;Léa;05/03/2007 ».");
      }
      LocalDate d;
      try {
        d = LocalDate.parse(p[2].strip(), FR);
      } catch (DateTimeParseException e) {
        throw new ParcoursException("--identity : date de naissance « " + p[2].strip() + " » invalide ; écrivez jj/mm/aaaa.");
      }
      return new Subject(null, new PersonIdentity(p[0].strip(), null, p[1].strip(), d, null));
    }
  }

  /** The rows of one table held on the person (column labels in French). */
  public record TableRows(CanonicalTable table, List<String> columns, List<List<String>> rows) {}

  /** One package that included the person. */
  public record Sent(String packageId, String time, String recipient, String convention, String file, String extract) {}

  /**
   * @param reference the keyed reference written in the audit log
   * @param personIds source ids matched in the latest extract (none when the person is not in it)
   */
  public record Report(String reference, String extractId, LocalDate extractDate, List<String> personIds, List<TableRows> tables, List<Sent> sent) {
    public long rows() {
      return tables.stream().mapToLong(t -> t.rows().size()).sum();
    }
  }

  /**
   * @param auditLog null for {@code <workspace>/journal-audit.jsonl}
   */
  public static Report run(Path workspace, Path keystore, char[] passphrase, Subject subject, Path auditLog) {
    Path log = auditLog != null ? auditLog : workspace.resolve(PartnerRelease.AUDIT_LOG);
    List<AuditLog.Entry> entries = Files.exists(log) ? AuditLog.verify(log) : List.of();
    try (MasterSecret master = Keystore.open(keystore, passphrase); Workspace ws = Workspace.open(workspace)) {
      KeyBinding.check(workspace, master.fingerprint());
      Pseudonymiser index = new Pseudonymiser(master.derive(KeyPurpose.CONTROLLER_INDEX, ""), 32);
      var extract = ws.latestExtract().orElseThrow(() -> new ParcoursException("Le workspace " + workspace + " ne contient aucun extrait."));

      Set<String> wantedKeys = new HashSet<>();
      if (subject.identity() != null) {
        wantedKeys.add(IdentityKeys.personKey(subject.identity()).orElseThrow(
            () -> new ParcoursException("--identity : nom, prénom ou date de naissance illisibles après normalisation.")));
      }
      List<String> ids = new ArrayList<>();
      Set<String> refs = new LinkedHashSet<>();
      try (PreparedStatement ps = ws.connection().prepareStatement(
          "SELECT person_id, birth_name, usage_name, first_names, birth_date FROM persons WHERE extract_id = ? ORDER BY person_id")) {
        ps.setString(1, extract.id());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String id = rs.getString(1);
            var byBirth = new PersonIdentity(rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class), null);
            boolean match = subject.personId() != null ? subject.personId().equals(id) : false;
            if (!match) {
              var byUsage = new PersonIdentity(null, rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class), null);
              match = IdentityKeys.personKey(byBirth).map(wantedKeys::contains).orElse(false)
                  || IdentityKeys.personKey(byUsage).map(wantedKeys::contains).orElse(false);
            }
            if (match) {
              ids.add(id);
              refs.addAll(ControllerIndex.refs(index, id, byBirth));
            }
          }
        }
      }
      if (subject.personId() != null) refs.add(index.apply(subject.personId()));
      for (String k : wantedKeys) refs.add(index.apply(k));

      List<TableRows> tables = new ArrayList<>();
      for (CanonicalTable t : CanonicalTable.values()) tables.add(rowsOf(ws, t, extract.id(), ids));
      List<Sent> sent = sentPackages(workspace, refs, entries);

      String requestKey = subject.identity() != null ? IdentityKeys.personKey(subject.identity()).orElseThrow() : IdentityKeys.sourceIdKey(subject.personId());
      String reference = index.apply("A1|" + requestKey);
      Report r = new Report(reference, extract.id(), extract.date(), List.copyOf(ids), List.copyOf(tables), List.copyOf(sent));
      Map<String, Object> audit = new LinkedHashMap<>();
      audit.put("reference", reference);
      audit.put("extrait", extract.id());
      audit.put("personnes_trouvees", ids.size());
      audit.put("lignes", r.rows());
      audit.put("paquets", sent.size());
      AuditLog.append(log, OPERATION, audit);
      return r;
    } catch (SQLException e) {
      throw new ParcoursException("Lecture du workspace impossible : " + e.getMessage(), e);
    }
  }

  private static TableRows rowsOf(Workspace ws, CanonicalTable t, String extractId, List<String> ids) throws SQLException {
    List<String> labels = t.fields().stream().map(CanonicalField::label).toList();
    List<List<String>> rows = new ArrayList<>();
    if (!ids.isEmpty()) {
      String cols = String.join(", ", t.fields().stream().map(CanonicalField::name).toList());
      String in = String.join(", ", ids.stream().map(x -> "?").toList());
      try (PreparedStatement ps = ws.connection().prepareStatement("SELECT " + cols + " FROM " + t.tableName() + " WHERE extract_id = ? AND person_id IN ("
          + in + ") ORDER BY " + t.fields().get(0).name())) {
        ps.setString(1, extractId);
        for (int i = 0; i < ids.size(); i++) ps.setString(i + 2, ids.get(i));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            List<String> row = new ArrayList<>(labels.size());
            for (int i = 1; i <= labels.size(); i++) row.add(display(rs.getObject(i)));
            rows.add(row);
          }
        }
      }
    }
    return new TableRows(t, labels, rows);
  }

  private static String display(Object v) {
    if (v == null) return "";
    if (v instanceof java.sql.Date d) return d.toLocalDate().format(FR);
    if (v instanceof LocalDate d) return d.format(FR);
    if (v instanceof Boolean b) return b ? "oui" : "non";
    return v.toString();
  }

  private static List<Sent> sentPackages(Path workspace, Set<String> refs, List<AuditLog.Entry> entries) {
    Path dir = workspace.resolve(PartnerRelease.SENT_DIR);
    List<Sent> out = new ArrayList<>();
    if (!Files.isDirectory(dir) || refs.isEmpty()) return out;
    Map<String, AuditLog.Entry> byPackage = new LinkedHashMap<>();
    for (AuditLog.Entry e : entries) if ("paquet".equals(e.operation())) byPackage.put(String.valueOf(e.details().get("paquet")), e);
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
        boolean hit = false;
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          if (refs.contains(line.strip())) {
            hit = true;
            break;
          }
        }
        if (!hit) continue;
        String id = f.getFileName().toString().replaceFirst("\\.txt$", "");
        AuditLog.Entry e = byPackage.get(id);
        if (e == null) {
          out.add(new Sent(id, "?", "?", "?", "?", "?"));
        } else {
          Map<String, Object> d = e.details();
          out.add(new Sent(id, e.time(), str(d.get("destinataire")), str(d.get("convention")), str(d.get("fichier")), str(d.get("extrait"))));
        }
      }
    } catch (IOException e) {
      throw new ParcoursException("Lecture impossible de l'index des envois " + dir + " : " + e.getMessage(), e);
    }
    out.sort((a, b) -> a.time().compareTo(b.time()));
    return out;
  }

  private static String str(Object o) {
    return o == null ? "?" : o.toString();
  }
}
