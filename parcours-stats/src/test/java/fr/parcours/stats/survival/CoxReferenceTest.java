package fr.parcours.stats.survival;

import static fr.parcours.stats.survival.RReference.assertClose;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cox models against R 4.2.2, survival 3.5-3, e.g. {@code coxph(Surv(time, status) ~ age + sex +
 * ph.ecog, data = lung)} (na.omit drops the row with missing ph.ecog) and {@code coxph(Surv(time,
 * status) ~ trt + karno + celltype, data = veteran, ties = "breslow")} (celltype as treatment
 * contrasts, reference level adeno). Exact calls are in each file. Tolerance {@link RReference#TOL}.
 */
class CoxReferenceTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "lung_efron, lung, age+sex+ph.ecog, EFRON, ",
    "lung_breslow, lung, age+sex+ph.ecog, BRESLOW, ",
    "veteran_efron, veteran, trt+karno+celltype, EFRON, ",
    "veteran_breslow, veteran, trt+karno+celltype, BRESLOW, ",
    "veteran_trt_efron, veteran, trt, EFRON, ",
    "veteran_wint_efron, veteran, trt+karno, EFRON, int"
  })
  void matchesCoxph(String name, String dataset, String formula, Ties ties, String weighting) {
    String[] covariates = formula.split("\\+");
    Datasets d = (dataset.equals("veteran") ? Datasets.veteran() : Datasets.lung()).complete(covariates);
    List<String> names = new ArrayList<>();
    List<double[]> columns = new ArrayList<>();
    for (String c : covariates) {
      if (c.equals("celltype")) {
        String[] v = d.str(c);
        List<String> levels = FactorLevels.sorted(List.of(v));
        for (String level : levels.subList(1, levels.size())) {
          names.add(c + level);
          double[] col = new double[v.length];
          for (int i = 0; i < v.length; i++) {
            col[i] = v[i].equals(level) ? 1 : 0;
          }
          columns.add(col);
        }
      } else {
        names.add(c);
        columns.add(d.num(c));
      }
    }
    int n = d.rows.size();
    double[][] x = new double[n][names.size()];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < names.size(); j++) {
        x[i][j] = columns.get(j)[i];
      }
    }
    CoxResult fit =
        CoxPh.fit(d.num("time"), d.status(), x, names, KaplanMeierReferenceTest.weights(d, weighting), ties, 0.95);

    RReference coef = RReference.load("cox_" + name + ".csv");
    RReference tests = RReference.load("cox_" + name + "_tests.csv");
    RReference var = RReference.load("cox_" + name + "_var.csv");
    String what = name + " (" + coef.provenance() + ")";
    for (int j = 0; j < names.size(); j++) {
      CoxCoefficient c = fit.coefficients().get(j);
      String t = c.term();
      assertClose(c.coef(), coef.lookup("term", t, "coef"), what + " coef " + t);
      assertClose(c.expCoef(), coef.lookup("term", t, "exp.coef"), what + " exp(coef) " + t);
      assertClose(c.se(), coef.lookup("term", t, "se"), what + " se " + t);
      assertClose(c.z(), coef.lookup("term", t, "z"), what + " z " + t);
      assertClose(c.p(), coef.lookup("term", t, "p"), what + " p " + t);
      assertClose(c.lower(), coef.lookup("term", t, "lower.95"), what + " lower .95 " + t);
      assertClose(c.upper(), coef.lookup("term", t, "upper.95"), what + " upper .95 " + t);
      for (int k = 0; k < names.size(); k++) {
        assertClose(fit.variance()[j][k], var.lookup("term", t, names.get(k)), what + " var " + t + "," + names.get(k));
      }
    }
    String twhat = name + " tests (" + tests.provenance() + ")";
    assertClose(fit.n(), tests.lookup("name", "n", "value"), twhat + " n");
    assertClose(fit.events(), tests.lookup("name", "nevent", "value"), twhat + " nevent");
    assertClose(fit.iterations(), tests.lookup("name", "iter", "value"), twhat + " iter");
    assertClose(fit.loglikNull(), tests.lookup("name", "loglik.null", "value"), twhat + " loglik[1]");
    assertClose(fit.loglik(), tests.lookup("name", "loglik", "value"), twhat + " loglik[2]");
    check(fit.likelihoodRatio(), tests, "lrt", twhat);
    check(fit.wald(), tests, "wald", twhat);
    check(fit.score(), tests, "score", twhat);
    ConcordanceResult c = fit.concordance();
    assertClose(c.concordant(), tests.lookup("name", "concordant", "value"), twhat + " concordant");
    assertClose(c.discordant(), tests.lookup("name", "discordant", "value"), twhat + " discordant");
    assertClose(c.tiedX(), tests.lookup("name", "tied.x", "value"), twhat + " tied.x");
    assertClose(c.tiedY(), tests.lookup("name", "tied.y", "value"), twhat + " tied.y");
    assertClose(c.tiedXY(), tests.lookup("name", "tied.xy", "value"), twhat + " tied.xy");
    assertClose(c.concordance(), tests.lookup("name", "concordance", "value"), twhat + " concordance");
    assertClose(c.stdErr(), tests.lookup("name", "concordance.se", "value"), twhat + " concordance std");
  }

  private static void check(ChiSquareTest t, RReference ref, String key, String what) {
    assertClose(t.statistic(), ref.lookup("name", key, "value"), what + " " + key);
    assertClose(t.df(), ref.lookup("name", key + ".df", "value"), what + " " + key + " df");
    assertClose(t.p(), ref.lookup("name", key + ".p", "value"), what + " " + key + " p");
  }
}
