package fr.parcours.app.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.parcours.app.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parcours surv} end to end on the survival package's {@code veteran} data, checked against
 * the R reference files of parcours-stats (R 4.2.2, survival 3.5-3; each file records its exact
 * call, e.g. {@code survfit(Surv(time, status) ~ trt, data = veteran, conf.type = "log")}).
 * Tolerance 1e-6 · max(1, |R value|): the CLI writes shortest round-trip decimals, so only the
 * library's own 1e-13-level differences remain.
 */
class SurvCommandTest {
  /** Maven runs the tests from the module directory; the data and R outputs live in parcours-stats. */
  private static final Path REF = Path.of("..", "parcours-stats", "src", "test", "resources", "survival");
  private static final Path VETERAN = REF.resolve("veteran.csv");

  @TempDir Path dir;

  @Test
  void kmByGroupMatchesSurvfit() throws IOException {
    Path out = dir.resolve("km.csv");
    int rc = Main.run("surv", "km", "--data", VETERAN.toString(), "--time", "time", "--status", "status",
        "--group", "trt", "--out", out.toString());
    assertThat(rc).isZero();
    List<Map<String, String>> got = read(out);
    List<Map<String, String>> ref = read(REF.resolve("km_veteran_trt.csv"));
    assertThat(got).hasSameSizeAs(ref);
    for (int i = 0; i < ref.size(); i++) {
      assertThat(got.get(i).get("strata")).isEqualTo(ref.get(i).get("strata"));
      for (String[] col : new String[][] {{"time", "time"}, {"n.risk", "n.risk"}, {"surv", "surv"},
          {"std.err", "std.err"}, {"cumhaz", "cumhaz"}, {"lower", "lower.log"}, {"upper", "upper.log"}}) {
        close(got.get(i).get(col[0]), ref.get(i).get(col[1]), "km row " + i + " " + col[0]);
      }
    }
  }

  @Test
  void logrankMatchesSurvdiff() throws IOException {
    Path out = dir.resolve("lr.csv");
    assertThat(Main.run("surv", "logrank", "--data", VETERAN.toString(), "--time", "time", "--status", "status",
        "--group", "trt", "--out", out.toString())).isZero();
    List<Map<String, String>> got = read(out);
    Map<String, String> test = read(REF.resolve("logrank_veteran_trt_test.csv")).get(0);
    close(got.get(0).get("chisq"), test.get("chisq"), "chisq");
    close(got.get(0).get("p"), test.get("p"), "p");
    List<Map<String, String>> groups = read(REF.resolve("logrank_veteran_trt.csv"));
    for (int g = 0; g < 2; g++) {
      close(got.get(g).get("expected"), groups.get(g).get("expected"), "expected " + g);
    }
  }

  @Test
  void coxWithFactorMatchesCoxph() throws IOException {
    for (String ties : List.of("efron", "breslow")) {
      Path out = dir.resolve("cox-" + ties + ".csv");
      assertThat(Main.run("surv", "cox", "--data", VETERAN.toString(), "--time", "time", "--status", "status",
          "--covariates", "trt,karno,celltype", "--ties", ties, "--out", out.toString())).isZero();
      List<Map<String, String>> got = read(out);
      List<Map<String, String>> ref = read(REF.resolve("cox_veteran_" + ties + ".csv"));
      assertThat(got).extracting(m -> m.get("term")).containsExactlyElementsOf(ref.stream().map(m -> m.get("term")).toList());
      for (int i = 0; i < ref.size(); i++) {
        for (String c : List.of("coef", "exp.coef", "se", "z", "p", "lower.95", "upper.95")) {
          close(got.get(i).get(c), ref.get(i).get(c), ties + " " + ref.get(i).get("term") + " " + c);
        }
      }
    }
  }

  @Test
  void coxJsonCarriesTestsAndConcordance() throws IOException {
    Path out = dir.resolve("cox.json");
    assertThat(Main.run("surv", "cox", "--data", VETERAN.toString(), "--time", "time", "--status", "status",
        "--covariates", "trt,karno,celltype", "--format", "json", "--out", out.toString())).isZero();
    String json = Files.readString(out);
    Map<String, String> tests = new HashMap<>();
    for (Map<String, String> r : read(REF.resolve("cox_veteran_efron_tests.csv"))) {
      tests.put(r.get("name"), r.get("value"));
    }
    assertThat(json).contains("\"analyse\": \"cox\"").contains("coxph(Surv(time, status) ~ trt + karno + celltype");
    close(jsonValue(json, "\"name\": \"concordance\", \"value\": "), tests.get("concordance"), "concordance");
    close(jsonValue(json, "\"name\": \"concordance.se\", \"value\": "), tests.get("concordance.se"), "concordance se");
    close(jsonValue(json, "\"test\": \"likelihood.ratio\", \"statistic\": "), tests.get("lrt"), "lrt");
  }

  @Test
  void cifMatchesMultiStateSurvfit() throws IOException {
    // cause = 0 if censored, 1 if death with karno >= 60, 2 otherwise: the rule of references.R
    List<String> lines = Files.readAllLines(VETERAN);
    List<String> withCause = new ArrayList<>(List.of(lines.get(0) + ",cause"));
    List<String> header = Arrays.asList(lines.get(0).split(","));
    for (String l : lines.subList(1, lines.size())) {
      String[] f = l.split(",", -1);
      int status = Integer.parseInt(f[header.indexOf("status")]);
      int karno = Integer.parseInt(f[header.indexOf("karno")]);
      withCause.add(l + "," + (status == 0 ? 0 : karno >= 60 ? 1 : 2));
    }
    Path data = dir.resolve("veteran-cr.csv");
    Files.write(data, withCause);
    Path out = dir.resolve("cif.csv");
    assertThat(Main.run("surv", "cif", "--data", data.toString(), "--time", "time", "--status", "cause",
        "--out", out.toString())).isZero();
    List<Map<String, String>> got = read(out);
    List<Map<String, String>> ref = read(REF.resolve("cif_veteran.csv"));
    int m = ref.size();
    assertThat(got).hasSize(3 * m);
    String[] labels = {"s0", "cause1", "cause2"};
    for (int s = 0; s < 3; s++) {
      for (int i = 0; i < m; i++) {
        Map<String, String> g = got.get(s * m + i);
        close(g.get("pstate"), ref.get(i).get("pstate." + labels[s]), "pstate " + labels[s] + " " + i);
        close(g.get("std.err"), ref.get(i).get("std.err." + labels[s]), "std.err " + labels[s] + " " + i);
      }
    }
  }

  @Test
  void userErrorsExitWithCode2() {
    assertThat(Main.run("surv", "km", "--data", VETERAN.toString(), "--time", "temps", "--status", "status")).isEqualTo(2);
    assertThat(Main.run("surv", "km", "--data", VETERAN.toString(), "--time", "time", "--status", "karno")).isEqualTo(2);
    assertThat(Main.run("surv", "km", "--data", dir.resolve("absent.csv").toString(), "--time", "time", "--status", "status"))
        .isEqualTo(2);
  }

  private static String jsonValue(String json, String prefix) {
    int i = json.indexOf(prefix);
    assertThat(i).as(prefix).isGreaterThanOrEqualTo(0);
    int start = i + prefix.length();
    int end = start;
    while (end < json.length() && ",}".indexOf(json.charAt(end)) < 0) {
      end++;
    }
    return json.substring(start, end).trim();
  }

  private static void close(String actual, String expected, String what) {
    double e = parse(expected);
    double a = parse(actual);
    if (Double.isNaN(e)) {
      assertThat(a).as(what).isNaN();
    } else if (Double.isInfinite(e)) {
      assertThat(a).as(what).isEqualTo(e);
    } else {
      assertThat(a).as(what).isCloseTo(e, within(1e-6 * Math.max(1, Math.abs(e))));
    }
  }

  private static double parse(String s) {
    return switch (s) {
      case "", "NA" -> Double.NaN;
      case "Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      default -> Double.parseDouble(s);
    };
  }

  /** Reads a simple CSV (no quoted fields), skipping '#' comment lines. */
  private static List<Map<String, String>> read(Path file) throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    List<String> header = null;
    for (String line : Files.readAllLines(file)) {
      if (line.startsWith("#") || line.isEmpty()) {
        continue;
      }
      String[] f = line.split(",", -1);
      if (header == null) {
        header = List.of(f);
        continue;
      }
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < f.length; i++) {
        row.put(header.get(i), f[i]);
      }
      rows.add(row);
    }
    return rows;
  }
}
