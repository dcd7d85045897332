package fr.parcours.engine.release;

import fr.parcours.engine.workspace.Workspace;
import fr.parcours.exchange.audit.AuditLog;
import fr.parcours.exchange.pack.ExchangePackage;
import fr.parcours.exchange.pack.Manifest;
import fr.parcours.model.CanonicalField;
import fr.parcours.model.CanonicalTable;
import fr.parcours.model.FieldType;
import fr.parcours.model.ParcoursException;
import fr.parcours.privacy.convention.Convention;
import fr.parcours.privacy.convention.ConventionLoader;
import fr.parcours.privacy.convention.FieldPolicy;
import fr.parcours.privacy.convention.FieldPolicy.Action;
import fr.parcours.privacy.convention.FieldPolicy.Level;
import fr.parcours.privacy.keys.KeyPurpose;
import fr.parcours.privacy.keys.Keystore;
import fr.parcours.privacy.keys.MasterSecret;
import fr.parcours.privacy.keys.Pseudonymiser;
import fr.parcours.privacy.opposition.OppositionList;
import fr.parcours.privacy.risk.KAnonymiser;
import fr.parcours.privacy.risk.QuasiIdentifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The release of a partner package from a workspace, under a convention: the one call the CLI
 * ({@code parcours package}) and the demo use. Steps: load the convention; open the keystore and
 * check the workspace's key binding; read the latest extract's persons; apply the opposition list;
 * compute person pseudonyms (HMAC under the recipient's derived key); bring the quasi-identifiers
 * to k (generalise, then suppress within the limit, or refuse; a commune generalised to its territory
 * is a category whose values are the territory codes); write each exported table's pseudonymised and
 * generalised columns to Parquet with DuckDB (communes as territory codes, unknown ones as null and
 * counted); seal the package (manifest, checksums, OpenPGP);
 * append the operation to the audit log. Nothing is written when a step fails.
 */
public final class PartnerRelease {
  private PartnerRelease() {}

  /**
   * @param opposition the opposition list CSV, or null
   * @param auditLog the controller's audit log, or null for {@code <workspace>/journal-audit.jsonl}
   */
  public record Settings(
      Path workspace,
      Path convention,
      Path keystore,
      char[] keystorePassphrase,
      String recipient,
      Path controllerSecretKey,
      char[] controllerKeyPassphrase,
      Path opposition,
      Path out,
      Path auditLog) {
    public Settings {
      for (Object o : new Object[] {workspace, convention, keystore, keystorePassphrase, recipient, controllerSecretKey, out}) {
        if (o == null) throw new IllegalArgumentException("missing release setting");
      }
    }

    public Path auditLogOrDefault() {
      return auditLog != null ? auditLog : workspace.resolve(AUDIT_LOG);
    }
  }

  public static final String AUDIT_LOG = "journal-audit.jsonl";
  /** Controller-side folder of the workspace listing, per package, who was included (keyed index, no identity). */
  public static final String SENT_DIR = "envois";

  /** What a release did. */
  public record Result(Path packageFile, Manifest manifest, long persons, long opposed, long suppressed, KAnonymiser.Outcome risk) {}

  public static Result run(Settings s, Consumer<String> progress) {
    Convention c = ConventionLoader.load(s.convention());
    Convention.Party recipient = c.recipient(s.recipient());
    if (recipient.publicKey() == null || !Files.isRegularFile(recipient.publicKey())) {
      throw new ParcoursException("Clé publique du destinataire « " + recipient.code() + " » introuvable : " + recipient.publicKey()
          + " (chemin donné par la convention " + s.convention() + ", relatif à son dossier).");
    }
    if (Files.exists(s.out())) throw new ParcoursException(s.out() + " existe déjà : un paquet n'est jamais écrasé. Choisissez un autre --out.");
    OppositionList opposition = s.opposition() == null ? OppositionList.empty() : OppositionList.load(s.opposition());
    try (MasterSecret master = Keystore.open(s.keystore(), s.keystorePassphrase())) {
      String fingerprint = master.fingerprint();
      progress.accept("Clé d'empreinte " + fingerprint);
      try (Workspace ws = Workspace.open(s.workspace())) {
        String extractId = ws.latestExtract().orElseThrow(() -> new ParcoursException("Le workspace " + s.workspace() + " ne contient aucun extrait.")).id();
        KeyBinding.check(s.workspace(), fingerprint);
        Pseudonymiser persons = new Pseudonymiser(master.derive(KeyPurpose.PERSON_PSEUDONYM, c.keyContext(recipient)), 32);
        Pseudonymiser rows = new Pseudonymiser(master.derive(KeyPurpose.ROW_PSEUDONYM, c.keyContext(recipient)), 32);
        Pseudonymiser index = new Pseudonymiser(master.derive(KeyPurpose.CONTROLLER_INDEX, ""), 32);

        List<PersonPseudonyms.Row> people = PersonPseudonyms.read(ws, extractId, c.personQuasiIdentifiers());
        progress.accept("Personnes lues : " + people.size());
        Map<String, String> pseudonym = new HashMap<>();
        List<PersonPseudonyms.Row> candidates = new ArrayList<>();
        long opposed = 0;
        for (PersonPseudonyms.Row r : people) {
          if (opposition.matches(r.personId(), r.identity())) {
            opposed++;
            continue;
          }
          candidates.add(r);
        }
        List<QuasiIdentifier> qis = new ArrayList<>();
        List<Integer> territoryColumns = new ArrayList<>();
        for (String f : c.personQuasiIdentifiers()) {
          CanonicalField field = CanonicalTable.PERSONS.field(f).orElseThrow();
          FieldPolicy p = c.policy(CanonicalTable.PERSONS, f);
          // A commune generalised to its territory is a category whose values are the territory codes written.
          if (p.level() == Level.TERRITORY) territoryColumns.add(qis.size());
          qis.add(field.type() == FieldType.DATE ? QuasiIdentifier.date(f, p.action() == Action.GENERALISE ? p.level() : Level.DAY) : QuasiIdentifier.category(f));
        }
        // The date of first entry into care is known to many (the family, the school): when the
        // measures' start dates leave, it is a quasi-identifier at their level of detail.
        FieldPolicy entryPolicy = c.policy(CanonicalTable.MEASURES, "start_date");
        boolean entryQi = c.firstEntryIsQuasiIdentifier() && entryPolicy.exported();
        Map<String, LocalDate> firstEntry = entryQi ? FirstEntry.read(ws, extractId) : Map.of();
        if (entryQi) {
          qis.add(QuasiIdentifier.date(FirstEntry.QI, entryPolicy.action() == Action.GENERALISE ? entryPolicy.level() : Level.DAY));
        }
        List<Object[]> qiRows = new ArrayList<>(candidates.size());
        for (PersonPseudonyms.Row r : candidates) {
          Object[] v = r.values();
          if (!territoryColumns.isEmpty() || entryQi) {
            v = java.util.Arrays.copyOf(v, v.length + (entryQi ? 1 : 0));
            for (int j : territoryColumns) v[j] = v[j] == null ? null : c.communeTerritories().territory(v[j].toString());
            if (entryQi) v[v.length - 1] = firstEntry.get(r.personId());
          }
          qiRows.add(v);
        }
        KAnonymiser.Outcome risk = KAnonymiser.run(qis, qiRows, c.kMin(), c.maxSuppressedShare());
        risk.steps().forEach(step -> progress.accept("Risque : " + step));
        Set<String> released = new HashSet<>();
        var keyWriter = new fr.parcours.privacy.identity.IdentityKeyWriter();
        List<String> sentRefs = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
          if (risk.suppressed().contains(i)) continue;
          PersonPseudonyms.Row r = candidates.get(i);
          released.add(r.personId());
          sentRefs.addAll(ControllerIndex.refs(index, r.personId(), r.identity()));
          pseudonym.put(r.personId(), PersonPseudonyms.pseudonym(persons, keyWriter, c.pseudonymSource(), r));
        }
        Map<String, Level> dateLevels = new HashMap<>(risk.levels());

        String packageId = "paquet-" + Instant.now().truncatedTo(ChronoUnit.SECONDS).toString().replace(":", "") + "-" + UUID.randomUUID().toString().substring(0, 8);
        Path staging = null;
        try {
          staging = Files.createTempDirectory(s.out().toAbsolutePath().getParent() == null ? Path.of(".") : createParent(s.out()), ".preparation-");
          Files.createDirectories(staging.resolve("tables"));
          Map<String, Long> counts = new LinkedHashMap<>();
          Map<String, String> tables = new LinkedHashMap<>();
          Map<String, Long> unmatched = new LinkedHashMap<>();
          try (Connection mem = DriverManager.getConnection("jdbc:duckdb:")) {
            for (CanonicalTable t : c.exportedTables()) {
              String name = "tables/" + t.tableName() + ".parquet";
              long n = exportTable(ws, mem, c, t, extractId, pseudonym, released, rows, dateLevels, unmatched, staging.resolve(name));
              counts.put(name, n);
              tables.put(name, t.tableName());
              progress.accept("Table " + t.tableName() + " : " + n + " lignes");
            }
          }
          Map<String, Map<String, Long>> territories = territoryCounts(c, unmatched);
          territories.forEach((field, m) -> progress.accept("Territoires : " + field + " — " + m.get(UNKNOWN)
              + " commune(s) absente(s) de la correspondance et " + m.get(BLANK) + " vide(s), transmises vides (correspondance : "
              + c.communeTerritories().origin() + ")"));
          Map<String, Object> privacy = new LinkedHashMap<>();
          privacy.put("k_minimum", c.kMin());
          privacy.put("quasi_identifiants", c.quasiIdentifiers());
          privacy.put("personnes_transmises", released.size());
          privacy.put("exclues_opposition", opposed);
          privacy.put("supprimees_k_anonymat", risk.suppressed().size());
          privacy.put("generalisations", risk.steps());
          if (!territories.isEmpty()) privacy.put("communes_vers_territoires", territories);
          privacy.put("risque_avant", riskMap(risk.before()));
          privacy.put("risque_apres", riskMap(risk.after()));
          Manifest m = new Manifest(Manifest.SCHEMA_VERSION, packageId, c.id(), recipient.code(), c.periodStart().toString(), c.periodEnd().toString(),
              extractId, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), fingerprint, List.of(), privacy);
          Manifest written = ExchangePackage.write(staging, m, counts, tables, recipient.publicKey(), s.controllerSecretKey(), s.controllerKeyPassphrase(), s.out());
          KeyBinding.checkOrBind(s.workspace(), fingerprint);
          writeSentIndex(s.workspace(), packageId, sentRefs);
          Map<String, Object> audit = new LinkedHashMap<>();
          audit.put("paquet", packageId);
          audit.put("fichier", s.out().getFileName().toString());
          audit.put("convention", c.id());
          audit.put("destinataire", recipient.code());
          audit.put("extrait", extractId);
          audit.put("empreinte_cle", fingerprint);
          audit.put("personnes_transmises", released.size());
          audit.put("exclues_opposition", opposed);
          audit.put("supprimees_k_anonymat", risk.suppressed().size());
          if (!territories.isEmpty()) audit.put("communes_vers_territoires", territories);
          audit.put("lignes", counts);
          audit.put("sha256_paquet", sha256(s.out()));
          AuditLog.append(s.auditLogOrDefault(), "paquet", audit);
          return new Result(s.out(), written, released.size(), opposed, risk.suppressed().size(), risk);
        } catch (IOException e) {
          throw new ParcoursException("Préparation du paquet impossible : " + e.getMessage() + ". Rien n'a été écrit.", e);
        } catch (SQLException e) {
          throw new ParcoursException("Export des tables impossible : " + e.getMessage() + ". Rien n'a été écrit.", e);
        } finally {
          ExchangePackage.deleteTree(staging);
        }
      }
    }
  }

  private static Path createParent(Path out) throws IOException {
    return Files.createDirectories(out.toAbsolutePath().getParent());
  }

  private static Map<String, Object> riskMap(fr.parcours.privacy.risk.RiskReport r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("enregistrements", r.records());
    m.put("classes", r.classes());
    m.put("plus_petite_classe", r.smallestClass());
    m.put("enregistrements_sous_k", r.recordsBelowK());
    m.put("risque_procureur_max", r.prosecutorMax());
    m.put("risque_procureur_moyen", r.prosecutorAverage());
    m.put("part_a_risque", r.shareAtRisk());
    return m;
  }

  /** Keys of the per-field counts of communes that generalised to null. */
  static final String UNKNOWN = "inconnues";
  static final String BLANK = "vides";

  /**
   * For each field generalised to its territory, the number of released rows whose commune was
   * not in the correspondence ({@value #UNKNOWN}) or blank ({@value #BLANK}): counts only, never the
   * communes themselves.
   */
  private static Map<String, Map<String, Long>> territoryCounts(Convention c, Map<String, Long> unmatched) {
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    for (CanonicalTable t : CanonicalTable.values()) {
      for (CanonicalField f : t.fields()) {
        if (c.policy(t, f.name()).level() != Level.TERRITORY) continue;
        String field = t.tableName() + "." + f.name();
        Map<String, Long> m = new LinkedHashMap<>();
        m.put(UNKNOWN, unmatched.getOrDefault(field + "|" + UNKNOWN, 0L));
        m.put(BLANK, unmatched.getOrDefault(field + "|" + BLANK, 0L));
        out.put(field, m);
      }
    }
    return out;
  }

  /**
   * @param unmatched receives, under {@code table.field|inconnues} and {@code table.field|vides}, the
   *     number of rows whose commune generalised to null
   */
  private static long exportTable(Workspace ws, Connection mem, Convention c, CanonicalTable t, String extractId, Map<String, String> pseudonym,
      Set<String> released, Pseudonymiser rows, Map<String, Level> qiLevels, Map<String, Long> unmatched, Path parquet) throws SQLException {
    List<CanonicalField> fields = new ArrayList<>();
    List<FieldPolicy> policies = new ArrayList<>();
    StringBuilder ddl = new StringBuilder("CREATE TABLE " + t.tableName() + " (");
    for (CanonicalField f : t.fields()) {
      FieldPolicy p = c.policy(t, f.name());
      if (!p.exported()) continue;
      if (t == CanonicalTable.PERSONS && qiLevels.containsKey(f.name())) p = FieldPolicy.generalise(qiLevels.get(f.name()));
      p = FirstEntry.atLeast(t, f, p, qiLevels.get(FirstEntry.QI));
      if (p.action() == Action.GENERALISE && p.level() == Level.DAY) p = FieldPolicy.KEEP;
      if (!fields.isEmpty()) ddl.append(", ");
      fields.add(f);
      policies.add(p);
      String type = p.action() == Action.KEEP && f.type() == FieldType.DATE ? "DATE"
          : p.action() == Action.KEEP && f.type() == FieldType.BOOLEAN ? "BOOLEAN" : "VARCHAR";
      ddl.append(f.name()).append(' ').append(type);
    }
    ddl.append(")");
    try (Statement st = mem.createStatement()) {
      st.execute(ddl.toString());
    }
    StringBuilder sel = new StringBuilder("SELECT person_id");
    for (CanonicalField f : fields) sel.append(", ").append(f.name());
    sel.append(" FROM ").append(t.tableName()).append(" WHERE extract_id = ?");
    long n = 0;
    try (PreparedStatement ps = ws.connection().prepareStatement(sel.toString());
        DuckDBAppender app = ((DuckDBConnection) mem).createAppender(DuckDBConnection.DEFAULT_SCHEMA, t.tableName())) {
      ps.setString(1, extractId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String personId = rs.getString(1);
          if (!released.contains(personId)) continue;
          app.beginRow();
          for (int i = 0; i < fields.size(); i++) {
            CanonicalField f = fields.get(i);
            FieldPolicy p = policies.get(i);
            Object v = rs.getObject(i + 2);
            if (v instanceof java.sql.Date d) v = d.toLocalDate();
            if (p.level() == Level.TERRITORY) {
              String territory = v == null ? null : c.communeTerritories().territory(v.toString());
              if (territory == null) {
                boolean blank = v == null || v.toString().isBlank();
                unmatched.merge(t.tableName() + "." + f.name() + "|" + (blank ? BLANK : UNKNOWN), 1L, Long::sum);
                app.appendNull();
              } else {
                app.append(territory);
              }
              continue;
            }
            if (v == null) {
              app.appendNull();
              continue;
            }
            switch (p.action()) {
              case PSEUDONYMISE -> app.append(f.name().equals("person_id") ? pseudonym.get(personId) : rows.apply(f.name() + "|" + v));
              case GENERALISE -> {
                String g = p.level().apply((LocalDate) v);
                if (g == null) app.appendNull();
                else app.append(g);
              }
              case KEEP -> {
                if (v instanceof LocalDate d) app.append(d);
                else if (v instanceof Boolean b) app.append(b.booleanValue());
                else app.append(v.toString());
              }
              case DROP -> throw new IllegalStateException();
            }
          }
          app.endRow();
          n++;
        }
      }
    }
    try (Statement st = mem.createStatement()) {
      st.execute("COPY " + t.tableName() + " TO '" + parquet.toAbsolutePath().toString().replace("'", "''") + "' (FORMAT parquet)");
    }
    return n;
  }

  private static void writeSentIndex(Path workspace, String packageId, List<String> refs) throws IOException {
    Path dir = Files.createDirectories(workspace.resolve(SENT_DIR));
    List<String> keys = new ArrayList<>(new java.util.TreeSet<>(refs));
    Path tmp = Files.createTempFile(dir, ".envoi-", ".tmp");
    Files.write(tmp, keys);
    Files.move(tmp, dir.resolve(packageId + ".txt"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  static String sha256(Path f) throws IOException {
    try (var in = Files.newInputStream(f)) {
      var md = java.security.MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
      StringBuilder sb = new StringBuilder();
      for (byte b : md.digest()) sb.append(String.format("%02x", b));
      return sb.toString();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
