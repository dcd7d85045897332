package fr.parcours.app.stats;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.stats.sequence.DistanceMatrix;
import fr.parcours.stats.sequence.DistanceMethod;
import fr.parcours.stats.sequence.DistanceOptions;
import fr.parcours.stats.sequence.Normalization;
import fr.parcours.stats.sequence.SequenceData;
import fr.parcours.stats.sequence.SequenceDistances;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SeqCommandTest {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new SeqCommand());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    cl.setExecutionExceptionHandler((ex, c, p) -> {
      c.getErr().println("Erreur : " + ex.getMessage());
      c.getErr().flush();
      return 2;
    });
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path csv(int n, long seed) throws Exception {
    Random r = new Random(seed);
    String[] st = {"school", "FE", "HE", "employment"};
    StringBuilder b = new StringBuilder("id;poids;m1;m2;m3;m4;m5;m6;m7;m8\n");
    for (int i = 0; i < n; i++) {
      b.append(i).append(';').append(0.5 + r.nextInt(3) * 0.25);
      int s = r.nextInt(4);
      for (int t = 0; t < 8; t++) {
        if (r.nextInt(4) == 0) s = r.nextInt(4);
        b.append(';').append(st[s]);
      }
      b.append('\n');
    }
    Path p = dir.resolve("seq.csv");
    Files.writeString(p, b.toString());
    return p;
  }

  private static SequenceData load(Path p) throws Exception {
    List<String> lines = Files.readAllLines(p);
    List<String[]> rows = new ArrayList<>();
    double[] w = new double[lines.size() - 1];
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split(";");
      w[i - 1] = Double.parseDouble(f[1]);
      rows.add(java.util.Arrays.copyOfRange(f, 2, 10));
    }
    return SequenceData.fromStates(rows, w);
  }

  @Test
  void distWritesFullMatrixInRowOrderWithExactRoundTrippingNumbers() throws Exception {
    Path in = csv(40, 7);
    Path out = dir.resolve("d.csv");
    Run r = run("dist", in.toString(), "--sep", ";", "--columns", "m1:m8", "--weights", "poids", "--method", "OM",
        "--sm", "TRATE", "--indel", "auto", "--norm", "auto", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    DistanceMatrix expected = SequenceDistances.compute(load(in),
        DistanceOptions.of(DistanceMethod.OM).withNormalization(Normalization.AUTO));
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(40);
    for (int i = 0; i < 40; i++) {
      String[] f = lines.get(i).split(",");
      assertThat(f).hasSize(40);
      for (int j = 0; j < 40; j++) assertThat(Double.parseDouble(f[j])).isEqualTo(expected.get(i, j));
    }
  }

  @Test
  void statdHasStateNamesAsHeadersInSortedOrder() throws Exception {
    Run r = run("statd", csv(20, 3).toString(), "--sep", ";", "--columns", "m1:m8");
    assertThat(r.code()).as(r.err()).isZero();
    String[] lines = r.out().split("\n");
    assertThat(lines[0]).isEqualTo("position,FE,HE,employment,school,effectif_valide,entropie");
    assertThat(lines).hasSize(9);
    assertThat(lines[1]).startsWith("m1,");
  }

  @Test
  void shortestNumberRoundTrips() {
    Random r = new Random(1);
    for (int i = 0; i < 20000; i++) {
      double v = r.nextBoolean() ? r.nextDouble() * Math.pow(10, r.nextInt(20) - 10) : r.nextInt(1000) / 8.0;
      String s = SeqOutput.number(v);
      assertThat(Double.parseDouble(s)).isEqualTo(v);
      assertThat(s.replaceAll("[^0-9]", "").replaceFirst("^0+", "").length())
          .isLessThanOrEqualTo(Double.toString(v).replaceAll("[^0-9]", "").replaceFirst("^0+", "").length());
    }
    assertThat(SeqOutput.number(2.0)).isEqualTo("2.0");
    assertThat(SeqOutput.number(0.0)).isEqualTo("0.0");
  }

  @Test
  void userErrorsAreFrenchAndNameFileLineAndColumn() throws Exception {
    Path in = csv(5, 1);
    Run missing = run("meant", in.toString(), "--sep", ";", "--columns", "m1:m99");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("ligne 1").contains("colonne « m99 » absente");

    Files.writeString(in, "a,b\nx,\ny,z\n");
    Run empty = run("trate", in.toString(), "--columns", "a:b");
    assertThat(empty.err()).contains("ligne 2, colonne 2").contains("état manquant");

    Run badIndel = run("dist", in.toString(), "--columns", "a:b", "--indel", "beaucoup");
    assertThat(badIndel.err()).contains("--indel invalide");

    Run dhd = run("dist", in.toString(), "--columns", "a:b", "--method", "DHD", "--sm", "CONSTANT");
    assertThat(dhd.err()).contains("--method HAM");
  }
}
