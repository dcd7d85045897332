package fr.parcours.app.bench;

import fr.parcours.app.console.Progress;
import fr.parcours.app.console.BenchOptions;
import fr.parcours.app.console.WorkDir;
import fr.parcours.engine.workspace.WorkspaceIngest;
import fr.parcours.ingest.mapping.MappingLoader;
import fr.parcours.ingest.synthetic.GeneratorSettings;
import fr.parcours.ingest.synthetic.SyntheticExtractGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code parcours bench ingest}: generates an extract once, then times, in the same run, (a) our
 * ingestion (parse, validate, translate, load, cross-row checks, atomic swap) and (b) DuckDB's own
 * {@code read_csv} of the same files into plain tables of a fresh database file. The reference
 * does none of our checks; the ratio says what they cost. Each is run {@code --repeat} times and
 * the best time kept (the machines are noisy; the best is the least disturbed). The extract is
 * written in UTF-8, DuckDB's native encoding, so that the reference runs at its best.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Compare le temps d'ingestion de Parcours à la lecture brute des mêmes fichiers par DuckDB (read_csv).")
public final class BenchIngestCommand implements Callable<Integer> {
  @Mixin BenchOptions options;

  @Override
  public Integer call() throws Exception {
    PrintStream o = System.out;
    try (WorkDir wd = options.workDir("parcours-bench-ingest")) {
      Path work = wd.path();
      Path extract = work.resolve("extrait");
      Progress progress = new Progress(System.err);
      o.println("Génération de l'extrait (" + Progress.count(options.persons) + " personnes)…");
      var gen = new SyntheticExtractGenerator(GeneratorSettings.of(extract).withPersons(options.persons).withTruth(work.resolve("verite"))
              .withEncoding(StandardCharsets.UTF_8))
          .generate((d, t, r) -> progress.update("Génération", d, t, "personnes"));
      progress.done();
      long rows = gen.extractRows().values().stream().mapToLong(Long::longValue).sum();
      long bytes = 0;
      try (Stream<Path> files = Files.list(extract)) {
        for (Path p : files.toList()) bytes += Files.size(p);
      }
      o.printf(Locale.FRANCE, "Extrait : %,d lignes, %,.1f Mo%n", rows, bytes / 1e6);

      double duck = Double.MAX_VALUE;
      double ours = Double.MAX_VALUE;
      for (int i = 0; i < options.repeat; i++) {
        duck = Math.min(duck, duckdbReadCsv(extract, work.resolve("duckdb-" + i + ".duckdb")));
        o.printf(Locale.FRANCE, "  DuckDB read_csv, essai %d : %.2f s%n", i + 1, duck);
        long t = System.nanoTime();
        WorkspaceIngest.run(extract, MappingLoader.builtIn().withEncoding(StandardCharsets.UTF_8), work.resolve("ws-" + i), null, (f, r) -> {});
        ours = Math.min(ours, (System.nanoTime() - t) / 1e9);
        o.printf(Locale.FRANCE, "  Parcours ingest, essai %d : %.2f s%n", i + 1, ours);
      }
      o.printf(Locale.FRANCE, "Parcours ingest : %.2f s (%,.0f lignes/s)%n", ours, rows / ours);
      o.printf(Locale.FRANCE, "DuckDB read_csv : %.2f s (%,.0f lignes/s)%n", duck, rows / duck);
      o.printf(Locale.ROOT, "ratio_ingest_vs_duckdb=%.2f%n", ours / duck);
      return 0;
    }
  }

  /** Plain tables from DuckDB's CSV reader (type sniffing, dates dd/mm/yyyy), in a new database file. */
  static double duckdbReadCsv(Path extract, Path db) throws SQLException, IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(extract)) {
      files = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
    long t = System.nanoTime();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement st = c.createStatement()) {
      for (Path f : files) {
        String table = f.getFileName().toString().replace(".csv", "");
        st.execute("CREATE TABLE " + table + " AS SELECT * FROM read_csv('" + f.toString().replace("'", "''")
            + "', delim = ';', header = true, dateformat = '%d/%m/%Y')");
      }
      st.execute("CHECKPOINT");
    }
    return (System.nanoTime() - t) / 1e9;
  }

}
