package fr.parcours.stats.survival;

import static fr.parcours.stats.survival.RReference.assertClose;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Log-rank test against R 4.2.2, survival 3.5-3: {@code survdiff(Surv(time, status) ~ trt, data =
 * veteran)}, {@code ~ sex, data = lung}, {@code ~ celltype, data = veteran} (calls recorded in each
 * file). Tolerance {@link RReference#TOL}.
 */
class LogRankReferenceTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({"veteran_trt, veteran, trt", "lung_sex, lung, sex", "veteran_celltype, veteran, celltype"})
  void matchesSurvdiff(String name, String dataset, String group) {
    Datasets d = dataset.equals("veteran") ? Datasets.veteran() : Datasets.lung();
    LogRankResult r = LogRank.test(d.num("time"), d.status(), d.str(group));
    RReference groups = RReference.load("logrank_" + name + ".csv");
    RReference test = RReference.load("logrank_" + name + "_test.csv");
    RReference var = RReference.load("logrank_" + name + "_var.csv");
    String what = name + " (" + groups.provenance() + ")";
    assertThat(r.groups()).as(what).containsExactlyElementsOf(groups.rows.stream().map(m -> m.get("group")).toList());
    for (int g = 0; g < r.groups().size(); g++) {
      String label = r.groups().get(g);
      assertClose(r.n()[g], groups.lookup("group", label, "n"), what + " n " + label);
      assertClose(r.observed()[g], groups.lookup("group", label, "observed"), what + " observed " + label);
      assertClose(r.expected()[g], groups.lookup("group", label, "expected"), what + " expected " + label);
      for (int h = 0; h < r.groups().size(); h++) {
        assertClose(r.variance()[g][h], var.lookup("group", label, "v" + (h + 1)), what + " var " + g + "," + h);
      }
    }
    assertClose(r.chiSquare(), test.column("chisq")[0], what + " chisq");
    assertClose(r.df(), test.column("df")[0], what + " df");
    assertClose(r.pValue(), test.column("p")[0], what + " p");
  }
}
