package fr.parcours.engine.olinpe;

import fr.parcours.engine.release.KeyBinding;
import fr.parcours.engine.release.PartnerRelease;
import fr.parcours.engine.workspace.Workspace;
import fr.parcours.exchange.audit.AuditLog;
import fr.parcours.exchange.olinpe.OlinpeCatalogue;
import fr.parcours.exchange.olinpe.OlinpeCsv;
import fr.parcours.exchange.olinpe.OlinpeEvents;
import fr.parcours.exchange.olinpe.OlinpeFile;
import fr.parcours.exchange.olinpe.OlinpeIdentifier;
import fr.parcours.exchange.olinpe.OlinpeRecord;
import fr.parcours.exchange.olinpe.OlinpeSchema;
import fr.parcours.exchange.olinpe.OlinpeXml;
import fr.parcours.model.ParcoursException;
import fr.parcours.model.PersonRecords;
import fr.parcours.privacy.keys.Keystore;
import fr.parcours.privacy.keys.MasterSecret;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The yearly OLINPE file of a workspace ({@code parcours olinpe export}): reads the latest extract's
 * persons with an event in the year, computes NUMANONYM with the keystore's OLINPE key, derives
 * the events ({@link OlinpeEvents}), writes the XML (or CSV) to a temporary file, validates it
 * against {@code olinpe.xsd}, records the identifiers sent ({@code olinpe_sent}), then renames the
 * file into place and appends to the workspace's audit log if it has one. Nothing is published
 * when a step fails.
 */
public final class OlinpeExport {
  /** First year of the event-based OLINPE (décret 2016-1966). */
  public static final int FIRST_YEAR = 2017;

  private OlinpeExport() {}

  /** @param format "xml" or "csv" */
  public record Settings(Path workspace, Path keystore, char[] passphrase, int year, Path out, String format) {
    public Settings {
      if (workspace == null || keystore == null || passphrase == null || out == null) throw new IllegalArgumentException("missing OLINPE setting");
      format = format == null ? "xml" : format.toLowerCase(java.util.Locale.ROOT);
      if (!format.equals("xml") && !format.equals("csv")) {
        throw new ParcoursException("Format « " + format + " » inconnu pour --format : choisissez xml ou csv.");
      }
    }
  }

  /**
   * What an export wrote.
   *
   * @param byType events per measure type (canonical code) then per TYPEV ("1", "2", "3")
   * @param changedIdentifiers records carrying NUMANONYMANT
   */
  public record Result(Path file, String format, int year, String extractId, String departement, int records, int persons,
      Map<String, Long> byTypev, Map<String, Map<String, Long>> byType, int changedIdentifiers) {}

  public static Result run(Settings s, Consumer<String> progress) {
    if (Files.isDirectory(s.out())) throw new ParcoursException(s.out() + " est un dossier : --out doit nommer le fichier à écrire (par exemple olinpe-" + s.year() + ".xml).");
    try (MasterSecret master = Keystore.open(s.keystore(), s.passphrase())) {
      String fingerprint = master.fingerprint();
      KeyBinding.check(s.workspace(), fingerprint);
      String extractId;
      String departement;
      List<OlinpeRecord> records = new ArrayList<>();
      Map<String, String> sent = new TreeMap<>();
      Map<String, Long> byTypev = new TreeMap<>();
      Map<String, Map<String, Long>> byType = new TreeMap<>();
      int changed = 0;
      try (Workspace ws = Workspace.open(s.workspace())) {
        Workspace.ExtractRef extract = ws.latestExtract()
            .orElseThrow(() -> new ParcoursException("Le workspace " + s.workspace() + " ne contient aucun extrait : lancez d'abord parcours ingest."));
        extractId = extract.id();
        checkYear(s.year(), extract.date(), progress);
        departement = departement(ws, extractId);
        OlinpeIdentifier ids = new OlinpeIdentifier(master, departement);
        Map<String, String> previous = OlinpeSource.previouslySent(ws, s.year());
        Map<String, PersonRecords> people = OlinpeSource.read(ws, extractId, s.year());
        progress.accept("Personnes ayant un évènement en " + s.year() + " : " + people.size());
        for (PersonRecords p : people.values()) {
          String id = ids.of(p.person());
          String before = previous.get(p.person().personId());
          var identity = new OlinpeEvents.Identity(departement, id, before);
          List<OlinpeEvents.Event> events = OlinpeEvents.events(p.measures(), s.year());
          List<OlinpeRecord> rs = OlinpeEvents.records(p, s.year(), identity);
          if (rs.isEmpty()) continue;
          sent.put(p.person().personId(), id);
          for (int i = 0; i < rs.size(); i++) {
            String typev = events.get(i).kind().code();
            byTypev.merge(typev, 1L, Long::sum);
            byType.computeIfAbsent(events.get(i).measure().measureType(), k -> new TreeMap<>()).merge(typev, 1L, Long::sum);
            if (rs.get(i).has("NUMANONYMANT")) changed++;
          }
          records.addAll(rs);
        }
      }
      progress.accept("Évènements : " + records.size() + " (débuts " + byTypev.getOrDefault("1", 0L) + ", renouvellements " + byTypev.getOrDefault("2", 0L)
          + ", fins " + byTypev.getOrDefault("3", 0L) + ")");
      Path target = s.out().toAbsolutePath();
      Path tmp = null;
      try {
        Files.createDirectories(target.getParent());
        tmp = Files.createTempFile(target.getParent(), ".olinpe-", ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
          if (s.format().equals("xml")) {
            OlinpeXml.write(out, new OlinpeXml.Intro(OlinpeCatalogue.XSD_VERSION, LocalDate.now(), s.year(), departement), records);
          } else {
            OlinpeCsv.write(out, records);
          }
        }
        List<OlinpeFile.Problem> errors = s.format().equals("xml") ? OlinpeSchema.validate(tmp) : OlinpeSchema.validateRecords(records);
        if (!errors.isEmpty()) {
          OlinpeFile.Problem p = errors.get(0);
          throw new IllegalStateException("fichier OLINPE non conforme à olinpe.xsd (" + errors.size() + " erreurs ; première ligne " + p.line() + ", colonne "
              + p.column() + " : " + p.message() + ")");
        }
        progress.accept("Fichier conforme à olinpe.xsd");
        OlinpeSent.replaceYear(s.workspace(), s.year(), extractId, sent);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        tmp = null;
        KeyBinding.checkOrBind(s.workspace(), fingerprint);
        Path log = s.workspace().resolve(PartnerRelease.AUDIT_LOG);
        if (Files.exists(log)) {
          Map<String, Object> audit = new LinkedHashMap<>();
          audit.put("annee", s.year());
          audit.put("fichier", target.getFileName().toString());
          audit.put("format", s.format());
          audit.put("extrait", extractId);
          audit.put("empreinte_cle", fingerprint);
          audit.put("evenements", records.size());
          audit.put("evenements_par_typev", byTypev);
          audit.put("personnes", sent.size());
          audit.put("identifiants_changes", changed);
          audit.put("sha256_fichier", sha256(target));
          AuditLog.append(log, "olinpe", audit);
        }
        return new Result(target, s.format(), s.year(), extractId, departement, records.size(), sent.size(), byTypev, byType, changed);
      } catch (IOException e) {
        throw new ParcoursException("Écriture impossible de " + target + " : " + e.getMessage() + ". Vérifiez les droits du dossier ; rien n'a été publié.", e);
      } finally {
        if (tmp != null) {
          try {
            Files.deleteIfExists(tmp);
          } catch (IOException e) {
            // leftover temporary file: harmless, hidden
          }
        }
      }
    }
  }

  private static void checkYear(int year, LocalDate extractDate, Consumer<String> progress) {
    if (year < FIRST_YEAR || year > extractDate.getYear()) {
      throw new ParcoursException("Année " + year + " impossible : --year doit être entre " + FIRST_YEAR + " (premier fichier par évènement) et "
          + extractDate.getYear() + " (année de l'extrait du " + extractDate + ").");
    }
    if (year == extractDate.getYear() && !extractDate.equals(LocalDate.of(year, 12, 31))) {
      progress.accept("Attention : l'extrait date du " + extractDate + ", l'année " + year + " n'est pas complète ; le fichier n'en contient que le début.");
    }
  }

  private static String departement(Workspace ws, String extractId) {
    try (var ps = ws.connection().prepareStatement("SELECT departement FROM extracts WHERE extract_id = ?")) {
      ps.setString(1, extractId);
      try (var rs = ps.executeQuery()) {
        String d = rs.next() ? rs.getString(1) : null;
        if (d == null || d.isBlank()) {
          throw new ParcoursException("L'extrait " + extractId + " ne donne pas de département (colonne departement de extraction.csv) : NUMDEP et la clé OLINPE en dépendent. Complétez extraction.csv et réingérez.");
        }
        return d.strip();
      }
    } catch (java.sql.SQLException e) {
      throw new ParcoursException("Lecture de l'extrait " + extractId + " impossible : " + e.getMessage(), e);
    }
  }

  static String sha256(Path f) throws IOException {
    try (var in = Files.newInputStream(f)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
      StringBuilder sb = new StringBuilder();
      for (byte b : md.digest()) sb.append(String.format("%02x", b));
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
