package fr.parcours.ingest.load;

import fr.parcours.ingest.mapping.SourceMapping;
import fr.parcours.ingest.mapping.TableMapping;
import fr.parcours.ingest.read.SourceRow;
import fr.parcours.ingest.read.TableReader;
import fr.parcours.ingest.read.TableReaders;
import fr.parcours.model.CanonicalTable;
import fr.parcours.model.ParcoursException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads a source extract through its mapping and sends every row to a sink, loaded or rejected.
 *
 * <p>Order: every file is opened and its encoding and header checked before any row is read, so
 * fatal problems surface before work is done. Then persons (the other tables need their
 * identifiers), then measures → places in one thread and the other tables in another.
 */
public final class Ingestor {
  private final Path sourceDir;
  private final SourceMapping mapping;
  private final IngestProgress progress;
  private final LocalDate extractDateOverride;

  public Ingestor(Path sourceDir, SourceMapping mapping, LocalDate extractDateOverride, IngestProgress progress) {
    this.sourceDir = sourceDir;
    this.mapping = mapping;
    this.extractDateOverride = extractDateOverride;
    this.progress = progress;
  }

  /** Reads all rows into the sink; {@code extract} comes from {@link #readExtractInfo()}. */
  public IngestResult run(ExtractInfo extract, IngestSink target) {
    Map<QualityCode, AtomicLong> rejects = new ConcurrentHashMap<>();
    Map<QualityCode, AtomicLong> flags = new ConcurrentHashMap<>();
    Map<String, AtomicLong> rejectsPerFile = new ConcurrentHashMap<>();
    IngestSink sink = new CountingSink(target, rejects, flags, rejectsPerFile);

    Map<CanonicalTable, TableReader> readers = new EnumMap<>(CanonicalTable.class);
    Map<CanonicalTable, FileAccount> accounts = Collections.synchronizedMap(new EnumMap<>(CanonicalTable.class));
    try {
      for (TableMapping tm : mapping.tables().values()) readers.put(tm.table(), TableReaders.open(sourceDir, mapping, tm));
      // Header checks happen in the converters' constructors, before any row is read.
      Map<CanonicalTable, RowConverter> converters = new EnumMap<>(CanonicalTable.class);
      RowConverter persons = converter(CanonicalTable.PERSONS, readers, Set.of(), Set.of(), sink);
      converters.put(CanonicalTable.PERSONS, persons);
      load(CanonicalTable.PERSONS, readers, persons, sink, accounts, rejectsPerFile);
      Set<String> personIds = persons.loadedIds();

      RowConverter measures = converter(CanonicalTable.MEASURES, readers, personIds, Set.of(), sink);
      ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "ingestion");
        t.setDaemon(true);
        return t;
      });
      try {
        List<CanonicalTable> others = new ArrayList<>();
        for (CanonicalTable t : CanonicalTable.values()) {
          if (t != CanonicalTable.PERSONS && t != CanonicalTable.MEASURES && t != CanonicalTable.PLACEMENTS && readers.containsKey(t)) others.add(t);
        }
        List<RowConverter> otherConverters = new ArrayList<>();
        for (CanonicalTable t : others) otherConverters.add(converter(t, readers, personIds, Set.of(), sink));
        Future<?> careThread =
            pool.submit(
                () -> {
                  load(CanonicalTable.MEASURES, readers, measures, sink, accounts, rejectsPerFile);
                  if (readers.containsKey(CanonicalTable.PLACEMENTS)) {
                    RowConverter places = converter(CanonicalTable.PLACEMENTS, readers, personIds, measures.loadedIds(), sink);
                    load(CanonicalTable.PLACEMENTS, readers, places, sink, accounts, rejectsPerFile);
                  }
                  return null;
                });
        Future<?> otherThread =
            pool.submit(
                () -> {
                  for (int i = 0; i < others.size(); i++) load(others.get(i), readers, otherConverters.get(i), sink, accounts, rejectsPerFile);
                  return null;
                });
        await(careThread);
        await(otherThread);
      } finally {
        pool.shutdownNow();
      }
    } finally {
      for (TableReader r : readers.values()) r.close();
    }
    List<FileAccount> files = new ArrayList<>();
    for (CanonicalTable t : CanonicalTable.values()) if (accounts.containsKey(t)) files.add(accounts.get(t));
    return new IngestResult(extract, mapping.name(), files, snapshot(rejects), snapshot(flags));
  }

  private RowConverter converter(CanonicalTable t, Map<CanonicalTable, TableReader> readers, Set<String> persons, Set<String> measures, IngestSink sink) {
    TableMapping tm = mapping.table(t).orElseThrow();
    TableReader r = readers.get(t);
    // About 60 bytes a row in real extracts: enough to size the identifier sets once.
    return new RowConverter(mapping, tm, r.header(), tm.file(), r.bytes() / 60, persons, measures, sink);
  }

  private void load(
      CanonicalTable t,
      Map<CanonicalTable, TableReader> readers,
      RowConverter converter,
      IngestSink sink,
      Map<CanonicalTable, FileAccount> accounts,
      Map<String, AtomicLong> rejectsPerFile) {
    TableReader reader = readers.get(t);
    String file = mapping.table(t).orElseThrow().file();
    long read = 0;
    long loaded = 0;
    try (IngestSink.RowWriter writer = sink.rows(t)) {
      SourceRow row;
      while ((row = reader.next()) != null) {
        read++;
        Object[] values = converter.convert(row);
        if (values != null) {
          writer.write(values, row.line());
          loaded++;
        }
        if ((read & 0x3FFF) == 0) {
          progress.rows(file, read);
          if (Thread.currentThread().isInterrupted()) throw new ParcoursException("Ingestion interrompue.");
        }
      }
    }
    progress.rows(file, read);
    long rejected = rejectsPerFile.getOrDefault(file, new AtomicLong()).get();
    accounts.put(t, new FileAccount(t, file, read, loaded, rejected, reader.sha256(), reader.bytes()));
  }

  /** The extract's date and département, read first since the workspace keys rows by extract. */
  public ExtractInfo readExtractInfo() {
    if (!Files.isDirectory(sourceDir)) {
      throw new ParcoursException("Dossier source introuvable : " + sourceDir + ". Indiquez le dossier qui contient les fichiers de l'extrait (--source).");
    }
    String departement = null;
    LocalDate date = null;
    String origin = null;
    if (mapping.extract().isPresent()) {
      var ex = mapping.extract().get();
      TableMapping fake = new TableMapping(CanonicalTable.PERSONS, ex.file(), null, Map.of(), Map.of());
      try (TableReader r = TableReaders.open(sourceDir, mapping, fake)) {
        int di = r.header().indexOf(ex.dateColumn());
        if (di < 0) {
          throw new ParcoursException(sourceDir.resolve(ex.file()) + ", ligne 1 : colonne « " + ex.dateColumn() + " » absente. Colonnes présentes : " + String.join(", ", r.header()) + ".");
        }
        int dep = ex.departementColumn() == null ? -1 : r.header().indexOf(ex.departementColumn());
        SourceRow row = r.next();
        if (row == null) throw new ParcoursException(sourceDir.resolve(ex.file()) + ", ligne 2 : aucune ligne de données ; indiquez la date d'extraction.");
        date = new Dates(mapping.dateFormats(), mapping.datePatterns()).parse(row.cells()[di].strip());
        if (date == null) {
          throw new ParcoursException(sourceDir.resolve(ex.file()) + ", ligne " + row.line() + ", colonne « " + ex.dateColumn() + " » : date d'extraction illisible « " + row.cells()[di] + " ».");
        }
        origin = "fichier " + ex.file();
        if (dep >= 0 && dep < row.cells().length) departement = row.cells()[dep].strip();
      }
    }
    if (extractDateOverride != null) {
      date = extractDateOverride;
      origin = "option --extract-date";
    }
    if (date == null) {
      throw new ParcoursException("Date d'extraction inconnue : la correspondance " + mapping.origin()
          + " ne décrit pas de fichier « extraction ». Donnez-la avec --extract-date jj/mm/aaaa.");
    }
    return new ExtractInfo(date, departement, origin);
  }

  private static void await(Future<?> f) {
    try {
      f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ParcoursException("Ingestion interrompue.");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) throw re;
      throw new IllegalStateException(e.getCause());
    }
  }

  private static Map<QualityCode, Long> snapshot(Map<QualityCode, AtomicLong> m) {
    Map<QualityCode, Long> out = new EnumMap<>(QualityCode.class);
    m.forEach((k, v) -> out.put(k, v.get()));
    return out;
  }

  /** Counts rejects and flags on their way to the real sink. */
  private record CountingSink(IngestSink target, Map<QualityCode, AtomicLong> rejects, Map<QualityCode, AtomicLong> flags, Map<String, AtomicLong> rejectsPerFile)
      implements IngestSink {
    @Override
    public RowWriter rows(CanonicalTable table) {
      return target.rows(table);
    }

    @Override
    public void reject(Reject r) {
      rejects.computeIfAbsent(r.code(), k -> new AtomicLong()).incrementAndGet();
      rejectsPerFile.computeIfAbsent(r.file(), k -> new AtomicLong()).incrementAndGet();
      target.reject(r);
    }

    @Override
    public void flag(QualityFlag f) {
      flags.computeIfAbsent(f.code(), k -> new AtomicLong()).incrementAndGet();
      target.flag(f);
    }
  }
}
