package fr.parcours.ingest.synthetic;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.parcours.model.ParcoursException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Generates a synthetic reference extract of a fictional métropole and its ground truth
 * ({@code parcours generate}; see {@code docs/generateur.md}).
 *
 * <p>Persons are simulated independently, each from a generator seeded by (seed, index), in chunks
 * of {@value #CHUNK} computed in parallel and written in order by the calling thread: memory stays
 * bounded whatever the number of persons, and the bytes depend only on the settings, never on the
 * number of threads. Both folders are written beside their target and swapped in at the end.
 */
public final class SyntheticExtractGenerator {
  static final int CHUNK = 1000;
  static final String DEPARTEMENT = "999";
  static final String SOFTWARE = "Parcours – générateur synthétique";

  private final GeneratorSettings settings;
  private final PersonSimulator simulator;

  public SyntheticExtractGenerator(GeneratorSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.simulator = new PersonSimulator(settings.extractDate());
  }

  public GenerationSummary generate() {
    return generate(ProgressListener.NONE);
  }

  public GenerationSummary generate(ProgressListener listener) {
    long t0 = System.nanoTime();
    AtomicFolder out = new AtomicFolder(settings.out());
    AtomicFolder truth = new AtomicFolder(settings.truth());
    ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
      Thread t = new Thread(r, "parcours-generate");
      t.setDaemon(true);
      return t;
    });
    Map<OutFile, OutputStream> streams = new EnumMap<>(OutFile.class);
    try {
      for (OutFile f : OutFile.values()) {
        Path dir = f.extract ? out.temp : truth.temp;
        OutputStream s = new BufferedOutputStream(Files.newOutputStream(dir.resolve(f.fileName)), 1 << 20);
        streams.put(f, s);
        StringBuilder header = new StringBuilder();
        Csv.appendRow(header, f.header.toArray(new String[0]), f.lineEnd());
        s.write(header.toString().getBytes(f.extract ? settings.encoding() : StandardCharsets.UTF_8));
      }
      Map<OutFile, Long> rows = new EnumMap<>(OutFile.class);
      for (OutFile f : OutFile.values()) rows.put(f, 0L);
      TreeMap<String, Long> counts = new TreeMap<>();
      int chunks = (settings.persons() + CHUNK - 1) / CHUNK;
      ArrayDeque<Future<ChunkOutput>> pending = new ArrayDeque<>();
      int submitted = 0;
      long done = 0;
      for (int c = 0; c < chunks; c++) {
        while (submitted < chunks && pending.size() < settings.threads() * 3) {
          int index = submitted++;
          pending.add(pool.submit(() -> chunk(index)));
        }
        ChunkOutput o = pending.poll().get();
        writeChunk(o, streams, rows, counts);
        done += o.personCount;
        double seconds = (System.nanoTime() - t0) / 1e9;
        listener.progress(done, settings.persons(), done / Math.max(seconds, 1e-9));
      }
      for (OutputStream s : streams.values()) s.close();
      streams.clear();
      writeExtraction(out.temp);
      Map<String, Long> extractRows = new LinkedHashMap<>();
      for (OutFile f : OutFile.values()) {
        if (f.extract) extractRows.put(f.fileName, rows.get(f));
        counts.put("lignes_" + (f.extract ? "extrait_" : "verite_") + f.fileName, rows.get(f));
      }
      writeCounts(truth.temp, counts);
      writeParameters(truth.temp);
      long bytes = size(out.temp) + size(truth.temp);
      out.commit();
      truth.commit();
      return new GenerationSummary(settings.out(), settings.truth(), settings.persons(), counts, extractRows,
          rows.get(OutFile.SALISSURES), bytes, (System.nanoTime() - t0) / 1e9);
    } catch (IOException e) {
      fail(out, truth, streams);
      throw new ParcoursException("écriture impossible : " + e.getMessage() + ". Vérifiez l'espace disque et les droits.", e);
    } catch (InterruptedException e) {
      fail(out, truth, streams);
      Thread.currentThread().interrupt();
      throw new ParcoursException("génération interrompue.", e);
    } catch (ExecutionException e) {
      fail(out, truth, streams);
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) throw re;
      throw new ParcoursException("échec de la génération : " + cause, cause);
    } catch (RuntimeException e) {
      fail(out, truth, streams);
      throw e;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Simulates, renders and encodes the persons of chunk {@code c} (runs on a worker thread). */
  ChunkOutput chunk(int c) {
    ChunkOutput o = new ChunkOutput();
    int from = c * CHUNK;
    int to = Math.min(settings.persons(), from + CHUNK);
    for (int i = from; i < to; i++) {
      SimPerson p = simulator.simulate(i, settings.seed());
      PersonRows rows = PersonRows.of(p, settings.extractDate());
      String duplicate = null;
      if (settings.dirtRate() > 0) {
        SplittableRandom dirtRng = new SplittableRandom(Draws.seed(settings.seed(), i, 1));
        duplicate = new DirtInjector(settings, p, rows, dirtRng, o).apply();
      }
      rows.writeTo(o);
      TruthRows.write(p, duplicate, settings.extractDate(), o);
      o.personCount++;
    }
    o.encode(settings.encoding());
    return o;
  }

  private static void writeChunk(ChunkOutput o, Map<OutFile, OutputStream> streams, Map<OutFile, Long> rows,
      TreeMap<String, Long> counts) throws IOException {
    StringBuilder dirt = new StringBuilder();
    for (ChunkOutput.DirtEntry d : o.dirt) {
      long line = rows.get(d.file()) + d.localRow() + 1;
      Csv.appendRow(dirt, new String[] {d.file().fileName, Long.toString(line), d.id(), d.dirt().name(),
          d.dirt().expectedCode}, OutFile.SALISSURES.lineEnd());
      counts.merge("salissures_" + d.dirt().name(), 1L, Long::sum);
    }
    streams.get(OutFile.SALISSURES).write(dirt.toString().getBytes(StandardCharsets.UTF_8));
    rows.merge(OutFile.SALISSURES, (long) o.dirt.size(), Long::sum);
    for (OutFile f : OutFile.values()) {
      if (f == OutFile.SALISSURES) continue;
      streams.get(f).write(o.bytes.get(f));
      rows.merge(f, o.rows.get(f)[0], Long::sum);
    }
    o.counts.forEach((k, v) -> counts.merge(k, v, Long::sum));
  }

  private void writeExtraction(Path dir) throws IOException {
    StringBuilder b = new StringBuilder();
    Csv.appendRow(b, new String[] {"date_extraction", "departement", "logiciel"}, "\r\n");
    Csv.appendRow(b, new String[] {Csv.fr(settings.extractDate()), DEPARTEMENT, SOFTWARE}, "\r\n");
    Files.write(dir.resolve("extraction.csv"), b.toString().getBytes(settings.encoding()));
  }

  private static void writeCounts(Path dir, Map<String, Long> counts) throws IOException {
    StringBuilder b = new StringBuilder("indicateur;valeur\n");
    counts.forEach((k, v) -> b.append(k).append(';').append(v).append('\n'));
    Files.write(dir.resolve("comptes.csv"), b.toString().getBytes(StandardCharsets.UTF_8));
  }

  private void writeParameters(Path dir) throws IOException {
    Map<String, Object> root = new LinkedHashMap<>();
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("personnes", settings.persons());
    run.put("graine", settings.seed());
    run.put("date_extraction", settings.extractDate().toString());
    run.put("encodage", settings.encoding().name());
    run.put("taux_salissure", settings.dirtRate());
    root.put("generation", run);
    root.putAll(PlantedEffects.describe());
    Map<String, Object> dirt = new LinkedHashMap<>();
    for (Dirt d : Dirt.values()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("taux", d.factor * settings.dirtRate());
      m.put("unite", d.personLevel() ? "personne éligible" : "ligne éligible");
      m.put("code_attendu", d.expectedCode);
      dirt.put(d.name(), m);
    }
    root.put("salissures", dirt);
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    Files.write(dir.resolve("parametres.json"), mapper.writeValueAsBytes(root));
  }

  private static long size(Path dir) throws IOException {
    long total = 0;
    try (var files = Files.list(dir)) {
      for (Path p : (Iterable<Path>) files::iterator) total += Files.size(p);
    }
    return total;
  }

  private static void fail(AtomicFolder out, AtomicFolder truth, Map<OutFile, OutputStream> streams) {
    for (OutputStream s : streams.values()) {
      try {
        s.close();
      } catch (IOException ignored) {
        // the folder is deleted anyway
      }
    }
    out.abandon();
    truth.abandon();
  }
}
