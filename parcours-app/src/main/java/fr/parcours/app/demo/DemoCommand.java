package fr.parcours.app.demo;

import fr.parcours.app.console.Progress;
import fr.parcours.app.ingest.IngestSummary;
import fr.parcours.app.report.AnalysisSections;
import fr.parcours.app.report.SummaryPage;
import fr.parcours.app.web.ObservatoryReport;
import fr.parcours.engine.trajectory.TrajectoryBuild;
import fr.parcours.trajectory.spell.TrajectorySettings;
import fr.parcours.engine.summary.ExtractSummaries;
import fr.parcours.engine.olinpe.OlinpeRelease;
import fr.parcours.engine.release.DemoRelease;
import fr.parcours.engine.summary.ExtractSummary;
import fr.parcours.engine.workspace.Workspace;
import fr.parcours.engine.workspace.WorkspaceIngest;
import fr.parcours.ingest.mapping.MappingLoader;
import fr.parcours.ingest.synthetic.GenerationSummary;
import fr.parcours.ingest.synthetic.GeneratorSettings;
import fr.parcours.ingest.synthetic.SyntheticExtractGenerator;
import fr.parcours.model.ParcoursException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parcours demo}: the main job on built-in synthetic data — generate, ingest, build the
 * trajectories, compute the statistics, release to the partner, write the OLINPE file — written to {@code parcours-demo/}. Everything is built in a sibling
 * folder and swapped in at the end, so a failed run leaves the previous demo intact and a re-run
 * starts clean (the demo's throwaway keys change at each run).
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Lance toute la chaîne sur un extrait synthétique et écrit le résultat dans parcours-demo/.")
public final class DemoCommand implements Callable<Integer> {

  @Option(names = "--out", defaultValue = "parcours-demo", description = "Dossier de sortie (défaut : ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--persons", defaultValue = "60000", description = "Personnes générées (défaut : ${DEFAULT-VALUE}).")
  int persons;

  @Option(names = "--seed", defaultValue = "1", description = "Graine du générateur (défaut : ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--dirt", defaultValue = "0.02", description = "Taux de salissure de l'extrait généré (défaut : ${DEFAULT-VALUE} ; 0 : extrait propre).")
  double dirt;

  @Override
  public Integer call() {
    PrintStream o = System.out;
    long start = System.nanoTime();
    Path target = out.toAbsolutePath().normalize();
    Path dir = DemoFolder.fresh(target);
    Path extract = dir.resolve("extrait");
    Path truth = dir.resolve("verite");
    Path ws = dir.resolve("workspace");
    Progress progress = new Progress(System.err);

    o.println("1. Génération d'un extrait synthétique (" + Progress.count(persons) + " personnes, graine " + seed + ")");
    GeneratorSettings settings = GeneratorSettings.of(extract).withPersons(persons).withSeed(seed).withTruth(truth).withDirtRate(dirt);
    GenerationSummary generated = new SyntheticExtractGenerator(settings)
        .generate((done, total, rate) -> progress.update("Génération", done, total, "personnes"));
    progress.done();
    o.printf(Locale.FRANCE, "   extrait : %s ; vérité terrain : %s (%.1f s)%n", extract, truth, generated.seconds());

    o.println();
    o.println("2. Ingestion dans le workspace " + ws);
    long t = System.nanoTime();
    WorkspaceIngest.Outcome ingested = WorkspaceIngest.run(extract, MappingLoader.builtIn(), ws, null,
        (file, rows) -> progress.update("Lecture de " + file, rows, 0, "lignes"));
    progress.done();
    IngestSummary.print(o, ingested, (System.nanoTime() - t) / 1e9);

    o.println();
    o.println("3. Trajectoires (épisodes, états, séquences mensuelles, indicateurs)");
    var built = TrajectoryBuild.run(ws, TrajectorySettings.DEFAULT, Runtime.getRuntime().availableProcessors(),
        done -> progress.update("Trajectoires", done, 0, "personnes"));
    progress.done();
    o.printf(Locale.FRANCE, "   %s personnes, %s états, %s signalements de cohérence (%.1f s)%n",
        Progress.count(built.persons()), Progress.count(built.spells()), Progress.count(built.flags()), built.seconds());

    o.println();
    o.println("4. Statistiques");
    ExtractSummary summary;
    AnalysisSections.Analyses analyses;
    try (Workspace w = Workspace.open(ws)) {
      summary = ExtractSummaries.latest(w);
      analyses = DemoStatistics.compute(w, o, seed);
    }
    printSummary(o, summary);
    Path html = dir.resolve("synthese.html");
    writeAtomically(html, SummaryPage.render(summary, "Parcours — synthèse de l'extrait de démonstration",
        List.of("Données entièrement synthétiques (métropole fictive), produites par parcours generate avec la graine " + seed + "."),
        AnalysisSections.render(analyses)));

    o.println();
    o.println("5. Envoi au partenaire de recherche (convention de démonstration)");
    char[] passphrase = DemoFolder.passphrase();
    var release = DemoRelease.run(ws, dir.resolve("partenaire"), passphrase, msg -> progress.message("   " + msg));
    progress.done();
    var r = release.release();
    o.printf(Locale.FRANCE, "   paquet chiffré et signé : %s%n", rel(dir, r.packageFile()));
    o.printf(Locale.FRANCE, "   %s personnes envoyées, %s exclues par opposition, %s supprimées pour atteindre k%n",
        Progress.count(r.persons()), Progress.count(r.opposed()), Progress.count(r.suppressed()));
    o.printf(Locale.FRANCE, "   entrée du registre des traitements (RGPD art. 30) : %s%n", rel(dir, release.register()));
    if (System.getenv("PARCOURS_PASSPHRASE") == null) {
      o.println("   (clés de démonstration protégées par une phrase secrète aléatoire, jamais affichée ;");
      o.println("    définissez PARCOURS_PASSPHRASE avant la démo pour pouvoir rouvrir le paquet avec parcours open)");
    }

    o.println();
    int year = OlinpeRelease.lastFullYear(ws);
    o.println("6. Fichier national OLINPE de l'année " + year + " et ses contrôles");
    var olinpe = OlinpeRelease.run(ws, dir.resolve("partenaire").resolve("coffre.json"), passphrase, year, dir.resolve("olinpe"),
        msg -> progress.message("   " + msg));
    progress.done();
    o.printf(Locale.FRANCE, "   %s événements pour %s personnes : %s%n", Progress.count(olinpe.export().records()),
        Progress.count(olinpe.export().persons()), rel(dir, olinpe.file()));
    o.printf(Locale.FRANCE, "   contrôles : %d rouge(s), %d orange(s), %d vert(s) — rapport %s%n", olinpe.red(), olinpe.orange(), olinpe.green(),
        rel(dir, olinpe.reportHtml()));

    o.println();
    o.println("7. Rapport de l'observatoire (chiffres publiables, protégés par le secret statistique)");
    ObservatoryReport.write(ws, dir.resolve("rapport.html"));
    o.printf(Locale.FRANCE, "   %s%n", rel(dir, dir.resolve("rapport.html")));

    DemoFolder.swap(dir, target);
    o.println();
    o.printf(Locale.FRANCE, "Synthèse HTML : %s%n", target.resolve("synthese.html"));
    o.println("Pour ouvrir l'observatoire web sur ce workspace :");
    o.printf(Locale.FRANCE, "  ./parcours users add --workspace %s --login admin --role admin%n", target.resolve("workspace"));
    o.printf(Locale.FRANCE, "  ./parcours serve --workspace %s   (puis http://127.0.0.1:8080)%n", target.resolve("workspace"));
    o.printf(Locale.FRANCE, "Démonstration terminée en %.1f s, résultats dans %s%n", (System.nanoTime() - start) / 1e9, target);
    return 0;
  }

  private static Path rel(Path base, Path p) {
    return Path.of(base.getFileName().toString().replaceFirst("\\.en-cours-.*$", "")).resolve(base.relativize(p));
  }

  static void printSummary(PrintStream o, ExtractSummary s) {
    o.printf("   %s personnes connues, dont %s avec une mesure et %s placées ; %s mesures ; %s informations préoccupantes%n",
        Progress.count(s.persons()), Progress.count(s.personsWithMeasure()), Progress.count(s.personsPlaced()),
        Progress.count(s.measures()), Progress.count(s.reports()));
    o.println("   Mesures par type :");
    for (ExtractSummary.Count c : s.measuresByType()) o.printf("     %-8s %10s  %s%n", c.code(), Progress.count(c.count()), c.label());
    o.println("   Contrats jeune majeur par décennie de début :");
    for (ExtractSummary.Count c : s.cjmByDecade()) o.printf("     %-14s %10s%n", c.label(), Progress.count(c.count()));
    o.println("   Lieux d'accueil par type :");
    for (ExtractSummary.Count c : s.placementsByPlace()) o.printf("     %-14s %10s  %s%n", c.code(), Progress.count(c.count()), c.label());
  }

  static void writeAtomically(Path target, String content) {
    try {
      Files.createDirectories(target.getParent());
      Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
      Files.writeString(tmp, content, StandardCharsets.UTF_8);
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new ParcoursException("Écriture impossible de " + target + " : " + e.getMessage(), e);
    }
  }
}
