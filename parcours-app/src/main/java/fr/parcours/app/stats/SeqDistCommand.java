package fr.parcours.app.stats;

import fr.parcours.model.ParcoursException;
import fr.parcours.stats.sequence.CostMethod;
import fr.parcours.stats.sequence.DistanceMatrix;
import fr.parcours.stats.sequence.DistanceMethod;
import fr.parcours.stats.sequence.DistanceOptions;
import fr.parcours.stats.sequence.Normalization;
import fr.parcours.stats.sequence.SequenceData;
import fr.parcours.stats.sequence.SequenceDistances;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parcours seq dist}: the full N×N distance matrix, TraMineR's {@code seqdist(s, method,
 * sm, indel, norm)}, in input row order, without header, each value the shortest decimal that
 * reads back as the same double. Computed on distinct sequences on all cores.
 */
@Command(name = "dist", mixinStandardHelpOptions = true,
    description = "Matrice N×N des distances entre séquences (seqdist), dans l'ordre des lignes, sans en-tête.")
final class SeqDistCommand implements Runnable {
  @CommandLine.Mixin SeqInput input;
  @CommandLine.Mixin SeqOutput output;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--method", paramLabel = "METHODE", defaultValue = "OM",
      description = "OM, HAM, DHD, LCS ou OMSPELL (défaut : ${DEFAULT-VALUE}).")
  String method;

  @Option(names = "--sm", paramLabel = "COUTS",
      description = "Coûts de substitution : CONSTANT ou TRATE (défaut : TRATE, CONSTANT pour HAM ; ignoré par LCS).")
  String sm;

  @Option(names = "--cval", paramLabel = "C",
      description = "Constante des coûts (défaut TraMineR : 2 ; 1 pour HAM avec CONSTANT ; 4 pour DHD).")
  Double cval;

  @Option(names = "--indel", paramLabel = "V|auto", defaultValue = "auto",
      description = "Coût d'insertion/suppression, ou auto = max(coûts)/2 (défaut : ${DEFAULT-VALUE}).")
  String indel;

  @Option(names = "--norm", paramLabel = "NORM", defaultValue = "none",
      description = "Normalisation : none, auto, maxlength, gmean, maxdist ou yujianbo (défaut : ${DEFAULT-VALUE}).")
  String norm;

  @Option(names = "--tpow", defaultValue = "1", description = "OMSPELL : exposant des durées (défaut : ${DEFAULT-VALUE}).")
  double tpow;

  @Option(names = "--expcost", defaultValue = "0.5", description = "OMSPELL : coût d'étirement des durées (défaut : ${DEFAULT-VALUE}).")
  double expcost;

  @Option(names = "--threads", paramLabel = "N", description = "Nombre de fils de calcul (défaut : tous les cœurs).")
  Integer threads;

  @Override
  public void run() {
    DistanceOptions options = options();
    SequenceData data = input.read();
    int n = data.size();
    PrintWriter err = spec.commandLine().getErr();
    long distinct = data.distinct().count();
    long pairs = distinct * (distinct - 1) / 2;
    boolean tty = System.console() != null;
    long start = System.nanoTime();
    AtomicLong lastShown = new AtomicLong(start);
    DistanceMatrix d = SequenceDistances.compute(data, options,
        threads == null ? Runtime.getRuntime().availableProcessors() : threads,
        done -> {
          long now = System.nanoTime();
          long prev = lastShown.get();
          if (tty && now - prev > 500_000_000L && lastShown.compareAndSet(prev, now)) {
            double s = (now - start) / 1e9;
            err.printf(Locale.FRANCE, "\rDistances : %.0f %% (%,d paires sur %,d, %,.0f paires/s)   ", 100.0 * done / pairs,
                done, pairs, done / s);
            err.flush();
          }
        });
    if (tty) {
      err.printf(Locale.FRANCE, "\rDistances : %,d séquences (%,d distinctes), %,d paires en %.1f s.%n", n, distinct, pairs,
          (System.nanoTime() - start) / 1e9);
      err.flush();
    }
    output.write(spec.commandLine().getOut(), w -> {
      String[] cache = new String[d.distinctCount()];
      int cachedFor = -1;
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < n; i++) {
        int a = d.distinctIndexOf(i);
        if (a != cachedFor) {
          for (int b = 0; b < cache.length; b++) cache[b] = SeqOutput.number(d.distinct(a, b));
          cachedFor = a;
        }
        line.setLength(0);
        for (int j = 0; j < n; j++) {
          if (j > 0) line.append(',');
          line.append(cache[d.distinctIndexOf(j)]);
        }
        line.append('\n');
        w.write(line.toString());
      }
    });
  }

  DistanceOptions options() {
    DistanceMethod m = parse(DistanceMethod.class, method, "--method", "OM, HAM, DHD, LCS ou OMSPELL");
    DistanceOptions o = DistanceOptions.of(m);
    CostMethod c = sm == null ? o.costs() : parse(CostMethod.class, sm, "--sm", "CONSTANT ou TRATE");
    if (m == DistanceMethod.DHD && c == CostMethod.CONSTANT)
      throw new ParcoursException("--sm CONSTANT n'a pas de sens avec --method DHD (coûts dépendant du temps, issus des taux de "
          + "transition) : utilisez --method HAM pour des coûts constants, ou --sm TRATE.");
    if (cval != null && !(cval >= 0 && Double.isFinite(cval)))
      throw new ParcoursException("--cval invalide (" + cval + ") : donnez un nombre positif ou nul, par exemple --cval 2.");
    OptionalDouble id;
    if (indel.equalsIgnoreCase("auto")) {
      id = OptionalDouble.empty();
    } else {
      double v;
      try {
        v = Double.parseDouble(indel.trim());
      } catch (NumberFormatException e) {
        v = Double.NaN;
      }
      if (!(v > 0) || Double.isInfinite(v))
        throw new ParcoursException("--indel invalide « " + indel + " » : donnez un nombre strictement positif (par exemple --indel 1) ou auto.");
      id = OptionalDouble.of(v);
    }
    Normalization nz = parse(Normalization.class, norm, "--norm", "none, auto, maxlength, gmean, maxdist ou yujianbo");
    if (!(expcost >= 0) || !Double.isFinite(tpow))
      throw new ParcoursException("--expcost doit être positif ou nul et --tpow un nombre fini.");
    if (threads != null && threads < 1) throw new ParcoursException("--threads doit valoir au moins 1.");
    return new DistanceOptions(m, c, cval == null ? OptionalDouble.empty() : OptionalDouble.of(cval), id, nz, tpow, expcost);
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String option, String allowed) {
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ParcoursException("Valeur « " + value + " » invalide pour " + option + " : valeurs possibles " + allowed + ".");
    }
  }
}
