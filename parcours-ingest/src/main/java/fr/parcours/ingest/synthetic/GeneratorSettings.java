package fr.parcours.ingest.synthetic;

import fr.parcours.model.ParcoursException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Settings of {@link SyntheticExtractGenerator}, checked when built (French messages).
 *
 * @param persons persons ever known to child protection (1 to 10,000,000; default 60,000)
 * @param seed seed of the simulation (default 1): same settings, same bytes
 * @param out extract folder (replaced atomically)
 * @param truth ground-truth folder, never inside the extract folder (default: {@code verite} beside it)
 * @param encoding extract encoding: windows-1252 (default), UTF-8 or ISO-8859-1
 * @param dirtRate base dirt rate in [0, 0.2] (default 0.02; 0 = clean extract)
 * @param extractDate extract date, between 01/01/1995 and 31/12/2100 (default 31/12/2025)
 * @param threads worker threads (default: available processors); never changes the output
 */
public record GeneratorSettings(
    int persons, long seed, Path out, Path truth, Charset encoding, double dirtRate, LocalDate extractDate, int threads) {

  public static final int DEFAULT_PERSONS = 60_000;
  public static final double DEFAULT_DIRT = 0.02;
  public static final LocalDate DEFAULT_EXTRACT_DATE = LocalDate.of(2025, 12, 31);
  static final List<Charset> ENCODINGS =
      List.of(Charset.forName("windows-1252"), StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1);

  public GeneratorSettings {
    if (persons < 1 || persons > Ids.MAX_PERSONS) {
      throw new ParcoursException("--persons doit être compris entre 1 et " + Ids.MAX_PERSONS + " (reçu : " + persons + ").");
    }
    if (out == null) throw new ParcoursException("précisez le dossier de l'extrait (--out).");
    out = out.toAbsolutePath().normalize();
    truth = truth == null ? defaultTruth(out) : truth.toAbsolutePath().normalize();
    if (truth.startsWith(out) || out.startsWith(truth)) {
      throw new ParcoursException("la vérité terrain (" + truth + ") ne doit ni contenir l'extrait ni être dans son dossier ("
          + out + ") : choisissez un dossier séparé avec --truth.");
    }
    if (encoding == null || !ENCODINGS.contains(encoding)) {
      throw new ParcoursException("encodage non pris en charge : " + encoding + " (choisissez UTF-8, windows-1252 ou ISO-8859-1).");
    }
    if (!(dirtRate >= 0 && dirtRate <= 0.2)) {
      throw new ParcoursException("--dirt doit être compris entre 0 et 0.2 (reçu : " + dirtRate + ").");
    }
    if (extractDate == null || extractDate.isBefore(LocalDate.of(1995, 1, 1)) || extractDate.isAfter(LocalDate.of(2100, 12, 31))) {
      throw new ParcoursException("--extract-date doit être comprise entre le 01/01/1995 et le 31/12/2100 (reçu : " + extractDate + ").");
    }
    if (threads < 1) throw new ParcoursException("le nombre de fils d'exécution doit être au moins 1.");
  }

  /** Default settings writing to {@code out}. */
  public static GeneratorSettings of(Path out) {
    return new GeneratorSettings(DEFAULT_PERSONS, 1, out, null, ENCODINGS.get(0), DEFAULT_DIRT, DEFAULT_EXTRACT_DATE,
        Runtime.getRuntime().availableProcessors());
  }

  public GeneratorSettings withPersons(int n) {
    return new GeneratorSettings(n, seed, out, truth, encoding, dirtRate, extractDate, threads);
  }

  public GeneratorSettings withSeed(long s) {
    return new GeneratorSettings(persons, s, out, truth, encoding, dirtRate, extractDate, threads);
  }

  public GeneratorSettings withTruth(Path t) {
    return new GeneratorSettings(persons, seed, out, t, encoding, dirtRate, extractDate, threads);
  }

  public GeneratorSettings withEncoding(Charset e) {
    return new GeneratorSettings(persons, seed, out, truth, e, dirtRate, extractDate, threads);
  }

  public GeneratorSettings withDirtRate(double r) {
    return new GeneratorSettings(persons, seed, out, truth, encoding, r, extractDate, threads);
  }

  public GeneratorSettings withExtractDate(LocalDate d) {
    return new GeneratorSettings(persons, seed, out, truth, encoding, dirtRate, d, threads);
  }

  public GeneratorSettings withThreads(int t) {
    return new GeneratorSettings(persons, seed, out, truth, encoding, dirtRate, extractDate, t);
  }

  /** Parses an encoding name as the CLI accepts it (UTF-8, windows-1252, ISO-8859-1, case-insensitive). */
  public static Charset encoding(String name) {
    for (Charset c : ENCODINGS) {
      if (c.name().equalsIgnoreCase(name) || c.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(name))) return c;
    }
    throw new ParcoursException("encodage non pris en charge : " + name + " (choisissez UTF-8, windows-1252 ou ISO-8859-1).");
  }

  private static Path defaultTruth(Path out) {
    Path parent = out.getParent();
    if (parent == null) throw new ParcoursException("précisez le dossier de la vérité terrain (--truth).");
    return parent.resolve("verite");
  }
}
