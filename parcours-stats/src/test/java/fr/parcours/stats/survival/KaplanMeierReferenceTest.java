package fr.parcours.stats.survival;

import static fr.parcours.stats.survival.RReference.assertClose;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Kaplan–Meier, Greenwood / jackknife standard errors, Nelson–Aalen, the three CI transforms and
 * print.survfit's median against R 4.2.2, survival 3.5-3. Each reference file names its R call,
 * e.g. {@code survfit(Surv(time, status) ~ trt, data = veteran, conf.type = "log")}; tolerance
 * {@link RReference#TOL} (1e-6, absolute for values ≤ 1, relative above).
 */
class KaplanMeierReferenceTest {

  private static final String[][] CI = {
    {"lower.log", "upper.log"}, {"lower.loglog", "upper.loglog"}, {"lower.plain", "upper.plain"}
  };
  private static final ConfType[] TYPES = {ConfType.LOG, ConfType.LOG_LOG, ConfType.PLAIN};
  private static final String[] R_TYPES = {"log", "log-log", "plain"};

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "veteran, veteran, , ",
    "veteran_trt, veteran, trt, ",
    "lung, lung, , ",
    "lung_sex, lung, sex, ",
    "veteran_wint, veteran, , int",
    "veteran_wfrac, veteran, , frac"
  })
  void matchesSurvfit(String name, String dataset, String group, String weighting) {
    Datasets d = dataset.equals("veteran") ? Datasets.veteran() : Datasets.lung();
    double[] time = d.num("time");
    int[] status = d.status();
    double[] w = weights(d, weighting);
    RReference ref = RReference.load("km_" + name + ".csv");
    RReference med = RReference.load("km_" + name + "_median.csv");
    for (int t = 0; t < TYPES.length; t++) {
      List<SurvCurve> curves =
          group == null ? List.of(KaplanMeier.fit(time, status, w, TYPES[t], 0.95))
              : KaplanMeier.fitByGroup(time, status, w, d.str(group), TYPES[t], 0.95);
      for (SurvCurve c : curves) {
        List<Map<String, String>> rows = ref.where("strata", c.stratum());
        String what = name + " stratum " + c.stratum() + " (" + ref.provenance() + ")";
        assertThat(rows).as(what).isNotEmpty();
        assertClose(c.time(), RReference.parse(rows, "time"), what + " time");
        assertClose(c.nRisk(), RReference.parse(rows, "n.risk"), what + " n.risk");
        assertClose(c.nEvent(), RReference.parse(rows, "n.event"), what + " n.event");
        assertClose(c.nCensor(), RReference.parse(rows, "n.censor"), what + " n.censor");
        assertClose(c.surv(), RReference.parse(rows, "surv"), what + " surv");
        assertClose(c.stdErr(), RReference.parse(rows, "std.err"), what + " std.err");
        assertClose(c.cumHaz(), RReference.parse(rows, "cumhaz"), what + " cumhaz");
        assertClose(c.stdChaz(), RReference.parse(rows, "std.chaz"), what + " std.chaz");
        assertClose(c.lower(), RReference.parse(rows, CI[t][0]), what + " " + CI[t][0]);
        assertClose(c.upper(), RReference.parse(rows, CI[t][1]), what + " " + CI[t][1]);

        String rType = R_TYPES[t];
        String mwhat = name + " " + R_TYPES[t] + " median, stratum " + c.stratum() + " (" + med.provenance() + ")";
        Map<String, String> m =
            med.rows.stream()
                .filter(r -> r.get("strata").equals(c.stratum()) && r.get("conf.type").equals(rType))
                .findFirst()
                .orElseThrow();
        assertClose(c.records(), RReference.parse(m.get("records")), mwhat + " records");
        assertClose(c.events(), RReference.parse(m.get("events")), mwhat + " events");
        assertClose(c.median().median(), RReference.parse(m.get("median")), mwhat + " median");
        assertClose(c.median().lower(), RReference.parse(m.get("lcl")), mwhat + " 0.95LCL");
        assertClose(c.median().upper(), RReference.parse(m.get("ucl")), mwhat + " 0.95UCL");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"veteran, ", "veteran_wfrac, frac"})
  void nelsonAalenMatchesSurvfitCumhaz(String name, String weighting) {
    Datasets d = Datasets.veteran();
    CumulativeHazard h = NelsonAalen.fit(d.num("time"), d.status(), weights(d, weighting));
    RReference ref = RReference.load("km_" + name + ".csv");
    assertClose(h.cumHaz(), ref.column("cumhaz"), "cumhaz (" + ref.provenance() + ")");
    assertClose(h.stdErr(), ref.column("std.chaz"), "std.chaz (" + ref.provenance() + ")");
  }

  /** The weights of references.R: w_int = 1 + prior/10, w_frac = 0.5 + karno/100. */
  static double[] weights(Datasets d, String weighting) {
    if (weighting == null) {
      return null;
    }
    double[] w = weighting.equals("int") ? d.num("prior") : d.num("karno");
    double[] out = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      out[i] = weighting.equals("int") ? 1 + w[i] / 10 : 0.5 + w[i] / 100;
    }
    return out;
  }
}
