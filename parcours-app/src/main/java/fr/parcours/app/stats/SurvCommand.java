package fr.parcours.app.stats;

import fr.parcours.model.ParcoursException;
import fr.parcours.stats.survival.AalenJohansen;
import fr.parcours.stats.survival.ChiSquareTest;
import fr.parcours.stats.survival.CifCurve;
import fr.parcours.stats.survival.ConfType;
import fr.parcours.stats.survival.ConcordanceResult;
import fr.parcours.stats.survival.CoxCoefficient;
import fr.parcours.stats.survival.CoxPh;
import fr.parcours.stats.survival.CoxResult;
import fr.parcours.stats.survival.KaplanMeier;
import fr.parcours.stats.survival.LogRank;
import fr.parcours.stats.survival.LogRankResult;
import fr.parcours.stats.survival.SurvCurve;
import fr.parcours.stats.survival.Ties;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parcours surv km|logrank|cox|cif}: survival analyses of a CSV file, with the numbers of
 * R's {@code survival} package (see docs/statistics.md, section « Survie et histoire
 * d'événements »).
 */
@Command(
    name = "surv",
    mixinStandardHelpOptions = true,
    description = {
      "Analyses de survie sur un fichier CSV (mêmes nombres que le package R survival).",
      "  km      : Kaplan–Meier (+ Nelson–Aalen), médiane et IC, par groupe avec --group",
      "  logrank : test du log-rank entre les groupes de --group",
      "  cox     : modèle de Cox sur --covariates (Efron par défaut)",
      "  cif     : incidence cumulée (Aalen–Johansen) ; statut 0 = censuré, k > 0 = cause k"
    })
public final class SurvCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ANALYSE", description = "km, logrank, cox ou cif")
  String analysis;

  @Option(names = "--data", required = true, paramLabel = "FICHIER", description = "CSV d'entrée (virgule, en-tête ; champ vide = manquant).")
  Path data;

  @Option(names = "--time", required = true, paramLabel = "COL", description = "Colonne de la durée.")
  String timeColumn;

  @Option(names = "--status", required = true, paramLabel = "COL",
      description = "Colonne du statut : 0/1 ou 1/2 (1 = censuré, 2 = événement) comme Surv() ; pour cif : 0 = censuré, k = cause k.")
  String statusColumn;

  @Option(names = "--group", paramLabel = "COL", description = "Colonne des groupes (strates).")
  String groupColumn;

  @Option(names = "--covariates", split = ",", paramLabel = "a,b,c",
      description = "Covariables du modèle de Cox ; une colonne non numérique est codée en indicatrices, le premier niveau trié servant de référence.")
  List<String> covariates = new ArrayList<>();

  @Option(names = "--weights", paramLabel = "COL", description = "Colonne des poids (> 0), facultative.")
  String weightsColumn;

  @Option(names = "--ties", paramLabel = "efron|breslow", defaultValue = "efron", description = "Traitement des ex aequo (Cox). Défaut : ${DEFAULT-VALUE}.")
  String ties;

  @Option(names = "--conf-type", paramLabel = "log|log-log|plain", defaultValue = "log", description = "Transformation des IC (km, cif). Défaut : ${DEFAULT-VALUE}.")
  String confType;

  @Option(names = "--format", paramLabel = "csv|json", defaultValue = "csv", description = "Format de sortie. Défaut : ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--out", paramLabel = "FICHIER", description = "Fichier de sortie (écrit de façon atomique) ; sortie standard par défaut.")
  Path out;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    String a = analysis.toLowerCase(Locale.ROOT);
    if (!List.of("km", "logrank", "cox", "cif").contains(a)) {
      throw new CommandLine.ParameterException(cl, "Analyse inconnue « " + analysis + " » : choisissez km, logrank, cox ou cif.");
    }
    Ties t = switch (ties.toLowerCase(Locale.ROOT)) {
      case "efron" -> Ties.EFRON;
      case "breslow" -> Ties.BRESLOW;
      default -> throw new CommandLine.ParameterException(cl, "--ties « " + ties + " » inconnu : choisissez efron ou breslow.");
    };
    ConfType ct = switch (confType.toLowerCase(Locale.ROOT)) {
      case "log" -> ConfType.LOG;
      case "log-log" -> ConfType.LOG_LOG;
      case "plain" -> ConfType.PLAIN;
      default -> throw new CommandLine.ParameterException(cl, "--conf-type « " + confType + " » inconnu : choisissez log, log-log ou plain.");
    };
    String fmt = format.toLowerCase(Locale.ROOT);
    if (!fmt.equals("csv") && !fmt.equals("json")) {
      throw new CommandLine.ParameterException(cl, "--format « " + format + " » inconnu : choisissez csv ou json.");
    }
    if (a.equals("logrank") && groupColumn == null) {
      throw new CommandLine.ParameterException(cl, "Le log-rank compare des groupes : précisez --group COL.");
    }
    if (a.equals("cox") && covariates.isEmpty()) {
      throw new CommandLine.ParameterException(cl, "Le modèle de Cox demande au moins une covariable : précisez --covariates a,b,c.");
    }

    SurvData d = SurvData.load(SurvCsv.read(data), timeColumn, statusColumn, groupColumn, weightsColumn,
        a.equals("cox") ? covariates : List.of(), a.equals("cif"));
    PrintWriter err = cl.getErr();
    if (d.dropped() > 0) {
      err.printf(Locale.FRANCE, "Avertissement : %d ligne(s) sur %d ignorée(s), valeur manquante dans une colonne utilisée (%s).%n",
          d.dropped(), d.dropped() + d.time().length, String.join(", ", d.usedColumns()));
    }
    List<SurvTable> tables = new ArrayList<>();
    String rCall = switch (a) {
      case "km" -> km(d, ct, tables, err);
      case "logrank" -> logrank(d, tables, err);
      case "cox" -> cox(d, t, tables, err);
      default -> cif(d, ct, tables, err);
    };
    err.flush();
    String text = fmt.equals("csv") ? tables.get(0).csv() : json(a, d, rCall, tables);
    write(text);
    return 0;
  }

  private String km(SurvData d, ConfType ct, List<SurvTable> tables, PrintWriter err) {
    List<SurvCurve> curves = d.group() == null
        ? List.of(KaplanMeier.fit(d.time(), d.status(), d.weights(), ct, 0.95))
        : KaplanMeier.fitByGroup(d.time(), d.status(), d.weights(), d.group(), ct, 0.95);
    SurvTable curve = new SurvTable("courbe", "strata", "time", "n.risk", "n.event", "n.censor", "surv", "std.err",
        "cumhaz", "std.chaz", "lower", "upper");
    SurvTable med = new SurvTable("mediane", "strata", "records", "events", "median", "lower", "upper");
    for (SurvCurve c : curves) {
      for (int k = 0; k < c.time().length; k++) {
        curve.add(c.stratum(), c.time()[k], c.nRisk()[k], c.nEvent()[k], c.nCensor()[k], c.surv()[k], c.stdErr()[k],
            c.cumHaz()[k], c.stdChaz()[k], c.lower()[k], c.upper()[k]);
      }
      med.add(c.stratum(), (double) c.records(), c.events(), c.median().median(), c.median().lower(), c.median().upper());
      err.printf(Locale.FRANCE, "Médiane de survie%s : %s [IC 95 %% : %s ; %s], %d observations, %s événements.%n",
          d.group() == null ? "" : " (" + d.groupColumn() + " = " + c.stratum() + ")",
          show(c.median().median()), show(c.median().lower()), show(c.median().upper()), c.records(), show(c.events()));
    }
    if (!curves.isEmpty() && !curves.get(0).logScaleStdErr()) {
      err.println("Note : poids non entiers, std.err est l'erreur type de S(t) (jackknife infinitésimal), comme R.");
    }
    tables.add(curve);
    tables.add(med);
    return "survfit(" + surv(d) + " ~ " + (d.group() == null ? "1" : d.groupColumn()) + ", data = d"
        + weightsArg(d) + ", conf.type = \"" + rName(ct) + "\")";
  }

  private String logrank(SurvData d, List<SurvTable> tables, PrintWriter err) {
    if (d.weights() != null) {
      throw new ParcoursException("Le log-rank (survdiff) ne prend pas de poids : retirez --weights.");
    }
    LogRankResult r = LogRank.test(d.time(), d.status(), d.group());
    SurvTable t = new SurvTable("logrank", "group", "n", "observed", "expected", "chisq", "df", "p");
    for (int g = 0; g < r.groups().size(); g++) {
      t.add(r.groups().get(g), (double) r.n()[g], r.observed()[g], r.expected()[g], r.chiSquare(), (double) r.df(), r.pValue());
    }
    tables.add(t);
    err.printf(Locale.FRANCE, "Log-rank : khi-deux = %s, ddl = %d, p = %s.%n", show(r.chiSquare()), r.df(), show(r.pValue()));
    return "survdiff(" + surv(d) + " ~ " + d.groupColumn() + ", data = d)";
  }

  private String cox(SurvData d, Ties ties, List<SurvTable> tables, PrintWriter err) {
    CoxResult fit;
    try {
      fit = CoxPh.fit(d.time(), d.status(), d.x(), d.xNames(), d.weights(), ties, 0.95);
    } catch (IllegalArgumentException e) {
      throw new ParcoursException("Modèle de Cox impossible à ajuster sur " + data + " : " + e.getMessage()
          + ". Retirez une covariable constante ou colinéaire (" + String.join(", ", d.xNames()) + ").", e);
    }
    SurvTable coef = new SurvTable("coefficients", "term", "coef", "exp.coef", "se", "z", "p", "lower.95", "upper.95");
    for (CoxCoefficient c : fit.coefficients()) {
      coef.add(c.term(), c.coef(), c.expCoef(), c.se(), c.z(), c.p(), c.lower(), c.upper());
    }
    SurvTable tests = new SurvTable("tests", "test", "statistic", "df", "p");
    addTest(tests, "likelihood.ratio", fit.likelihoodRatio());
    addTest(tests, "wald", fit.wald());
    addTest(tests, "score", fit.score());
    SurvTable fitInfo = new SurvTable("ajustement", "name", "value");
    ConcordanceResult c = fit.concordance();
    fitInfo.add("n", (double) fit.n());
    fitInfo.add("nevent", (double) fit.events());
    fitInfo.add("loglik.null", fit.loglikNull());
    fitInfo.add("loglik", fit.loglik());
    fitInfo.add("iter", (double) fit.iterations());
    fitInfo.add("converged", fit.converged() ? 1.0 : 0.0);
    fitInfo.add("concordance", c.concordance());
    fitInfo.add("concordance.se", c.stdErr());
    fitInfo.add("concordant", c.concordant());
    fitInfo.add("discordant", c.discordant());
    fitInfo.add("tied.x", c.tiedX());
    fitInfo.add("tied.y", c.tiedY());
    fitInfo.add("tied.xy", c.tiedXY());
    tables.add(coef);
    tables.add(tests);
    tables.add(fitInfo);
    if (!fit.converged()) {
      err.println("Avertissement : Newton–Raphson n'a pas convergé en " + CoxPh.ITER_MAX + " itérations ; résultats à prendre avec précaution.");
    }
    err.printf(Locale.FRANCE, "Cox (%s) : n = %d, événements = %d ; rapport de vraisemblance = %s (p = %s), Wald = %s (p = %s), score = %s (p = %s) ; concordance = %s (e.t. %s).%n",
        ties == Ties.EFRON ? "Efron" : "Breslow", fit.n(), fit.events(),
        show(fit.likelihoodRatio().statistic()), show(fit.likelihoodRatio().p()),
        show(fit.wald().statistic()), show(fit.wald().p()), show(fit.score().statistic()), show(fit.score().p()),
        show(c.concordance()), show(c.stdErr()));
    return "coxph(" + surv(d) + " ~ " + String.join(" + ", covariates) + ", data = d" + weightsArg(d)
        + ", ties = \"" + (ties == Ties.EFRON ? "efron" : "breslow") + "\")";
  }

  private static void addTest(SurvTable t, String name, ChiSquareTest test) {
    t.add(name, test.statistic(), (double) test.df(), test.p());
  }

  private String cif(SurvData d, ConfType ct, List<SurvTable> tables, PrintWriter err) {
    int[] cause = d.cause();
    List<CifCurve> curves = d.group() == null
        ? List.of(AalenJohansen.fit(d.time(), cause, d.weights(), ct, 0.95))
        : AalenJohansen.fitByGroup(d.time(), cause, d.weights(), d.group(), ct, 0.95);
    SurvTable t = new SurvTable("incidence", "strata", "state", "time", "n.risk", "n.event", "pstate", "std.err", "lower", "upper");
    for (CifCurve c : curves) {
      for (int s = 0; s < c.states().size(); s++) {
        for (int k = 0; k < c.time().length; k++) {
          t.add(c.stratum(), c.states().get(s), c.time()[k], c.nRisk()[k], c.nEvent()[s][k], c.pstate()[s][k],
              c.stdErr()[s][k], c.lower()[s][k], c.upper()[s][k]);
        }
      }
      int last = c.time().length - 1;
      for (int s = 1; s < c.states().size(); s++) {
        err.printf(Locale.FRANCE, "Incidence cumulée de la cause %s%s à t = %s : %s.%n", c.states().get(s),
            d.group() == null ? "" : " (" + d.groupColumn() + " = " + c.stratum() + ")",
            show(c.time()[last]), show(c.pstate()[s][last]));
      }
    }
    tables.add(t);
    return "survfit(Surv(" + d.timeColumn() + ", factor(" + d.statusColumn() + ")) ~ "
        + (d.group() == null ? "1" : d.groupColumn()) + ", data = d" + weightsArg(d) + ", conf.type = \"" + rName(ct) + "\")";
  }

  private static String surv(SurvData d) {
    return "Surv(" + d.timeColumn() + ", " + d.statusColumn() + ")";
  }

  private static String weightsArg(SurvData d) {
    return d.weights() == null ? "" : ", weights = " + d.weightsColumn();
  }

  private static String rName(ConfType ct) {
    return switch (ct) {
      case LOG -> "log";
      case LOG_LOG -> "log-log";
      case PLAIN -> "plain";
    };
  }

  private static String show(double v) {
    if (Double.isNaN(v)) {
      return "NA";
    }
    return String.format(Locale.FRANCE, "%.4g", v);
  }

  private String json(String a, SurvData d, String rCall, List<SurvTable> tables) {
    StringBuilder sb = new StringBuilder("{\n");
    sb.append("  \"analyse\": ").append(SurvTable.jsonString(a)).append(",\n");
    sb.append("  \"donnees\": ").append(SurvTable.jsonString(data.toString())).append(",\n");
    sb.append("  \"observations\": ").append(d.time().length).append(",\n");
    sb.append("  \"lignes_ignorees\": ").append(d.dropped()).append(",\n");
    sb.append("  \"equivalent_R\": ").append(SurvTable.jsonString(rCall));
    for (SurvTable t : tables) {
      sb.append(",\n  ").append(SurvTable.jsonString(t.name)).append(": ").append(t.json("  "));
    }
    return sb.append("\n}\n").toString();
  }

  private void write(String text) {
    if (out == null) {
      PrintWriter o = spec.commandLine().getOut();
      o.print(text);
      o.flush();
      return;
    }
    Path target = out.toAbsolutePath();
    try {
      Path dir = target.getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
      try {
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        try {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new ParcoursException("Écriture impossible de " + out + " : " + e.getMessage()
          + ". Vérifiez que le dossier existe et est accessible en écriture.", e);
    }
  }
}
