package fr.parcours.app.generate;

import fr.parcours.ingest.synthetic.GenerationSummary;
import fr.parcours.ingest.synthetic.GeneratorSettings;
import fr.parcours.ingest.synthetic.ProgressListener;
import fr.parcours.ingest.synthetic.SyntheticExtractGenerator;
import fr.parcours.model.ParcoursException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parcours generate}: writes a synthetic reference extract and its ground truth. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "Génère un extrait de référence synthétique (métropole fictive) et sa vérité terrain.")
public final class GenerateCommand implements Callable<Integer> {

  @Option(names = "--persons", paramLabel = "N", description = "Personnes connues de l'ASE (défaut : ${DEFAULT-VALUE}).")
  int persons = GeneratorSettings.DEFAULT_PERSONS;

  @Option(names = "--seed", paramLabel = "S", description = "Graine (défaut : ${DEFAULT-VALUE}) ; même graine, mêmes octets.")
  long seed = 1;

  @Option(names = "--out", paramLabel = "DOSSIER", description = "Dossier de l'extrait (défaut : ${DEFAULT-VALUE}).")
  Path out = Path.of("extrait");

  @Option(names = "--truth", paramLabel = "DOSSIER", description = "Dossier de la vérité terrain (défaut : « verite » à côté de l'extrait).")
  Path truth;

  @Option(names = "--encoding", paramLabel = "E", description = "UTF-8, windows-1252 ou ISO-8859-1 (défaut : ${DEFAULT-VALUE}).")
  String encoding = "windows-1252";

  @Option(names = "--dirt", paramLabel = "TAUX", description = "Taux de base des salissures, de 0 (extrait propre) à 0.2 (défaut : ${DEFAULT-VALUE}).")
  double dirt = GeneratorSettings.DEFAULT_DIRT;

  @Option(names = "--extract-date", paramLabel = "jj/mm/aaaa", description = "Date de l'extraction (défaut : 31/12/2025).")
  String extractDate = "31/12/2025";

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    GeneratorSettings settings = new GeneratorSettings(persons, seed, out, truth, GeneratorSettings.encoding(encoding),
        dirt, parseDate(extractDate), Runtime.getRuntime().availableProcessors());
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter o = spec.commandLine().getOut();
    GenerationSummary s = new SyntheticExtractGenerator(settings).generate(progress(err));
    err.println();
    err.flush();
    o.printf(Locale.FRANCE, "Extrait écrit dans %s (%s, %s personnes, salissure %s).%n", s.out(),
        settings.encoding().name(), group(s.persons()), settings.dirtRate());
    for (Map.Entry<String, Long> e : s.extractRows().entrySet()) {
      o.printf(Locale.FRANCE, "  %-34s %12s lignes%n", e.getKey(), group(e.getValue()));
    }
    o.printf(Locale.FRANCE, "Vérité terrain écrite dans %s : %s salissures listées, %s épisodes.%n", s.truth(),
        group(s.dirtEntries()), group(s.counts().getOrDefault("episodes", 0L)));
    o.printf(Locale.FRANCE, "%s Mo écrits en %.1f s.%n", group(s.bytes() / 1_000_000), s.seconds());
    o.flush();
    return 0;
  }

  private static ProgressListener progress(PrintWriter err) {
    long[] last = {0};
    return (done, total, rate) -> {
      long now = System.nanoTime();
      if (done < total && now - last[0] < 500_000_000L) return;
      last[0] = now;
      err.printf(Locale.FRANCE, "\rGénération : %s / %s personnes (%d %%), %s personnes/s   ", group(done), group(total),
          done * 100 / total, group((long) rate));
      err.flush();
    };
  }

  private static String group(long v) {
    return String.format(Locale.FRANCE, "%,d", v).replace('\u202f', ' ').replace('\u00a0', ' ');
  }

  static LocalDate parseDate(String text) {
    try {
      return LocalDate.parse(text, DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT));
    } catch (DateTimeParseException e) {
      throw new ParcoursException("--extract-date : date illisible « " + text + " » ; écrivez-la jj/mm/aaaa, par exemple 31/12/2025.");
    }
  }
}
