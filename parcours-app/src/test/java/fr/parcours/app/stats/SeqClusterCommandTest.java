package fr.parcours.app.stats;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.app.ParcoursCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code parcours seq cluster} end to end: Euclidean distances on veteran (karno, diagtime, age)
 * written as a full matrix, clustered by the command, compared with R's reference files of
 * parcours-stats (R 4.2.2: {@code cutree(hclust(d, "ward.D2"), k = 4)} and
 * {@code pam(d, k = 4, diss = TRUE)$clustering}; script
 * {@code parcours-stats/src/test/r/cluster/cluster_reference.R}). Exact equality.
 */
class SeqClusterCommandTest {
  private static final Path REF =
      Path.of("..", "parcours-stats", "src", "test", "resources", "cluster");

  @TempDir Path dir;
  private Path matrix;

  @BeforeEach
  void writeMatrix() throws IOException {
    List<String> lines = Files.readAllLines(REF.resolve("data").resolve("veteran.csv"));
    List<String> h = List.of(lines.get(0).split(","));
    List<double[]> x = new ArrayList<>();
    for (String l : lines.subList(1, lines.size())) {
      String[] f = l.split(",", -1);
      x.add(new double[] {
        Double.parseDouble(f[h.indexOf("karno")]),
        Double.parseDouble(f[h.indexOf("diagtime")]),
        Double.parseDouble(f[h.indexOf("age")])
      });
    }
    StringBuilder sb = new StringBuilder();
    for (double[] a : x) {
      for (int j = 0; j < x.size(); j++) {
        double[] b = x.get(j);
        double s = 0;
        for (int c = 0; c < 3; c++) {
          s += (a[c] - b[c]) * (a[c] - b[c]);
        }
        sb.append(j == 0 ? "" : ",").append(Math.sqrt(s));
      }
      sb.append('\n');
    }
    matrix = dir.resolve("dist.csv");
    Files.writeString(matrix, sb.toString());
  }

  @Test
  void wardEqualsRCutree() throws IOException {
    Path out = dir.resolve("ward.csv");
    assertThat(run(new StringWriter(), "seq", "cluster", "--dist", matrix.toString(), "--method", "ward",
        "--k", "4", "--out", out.toString())).isZero();
    List<String> got = Files.readAllLines(out);
    assertThat(got.get(0)).isEqualTo("row,cluster");
    List<String> ref = Files.readAllLines(REF.resolve("ward_veteran_cutree.csv"));
    int col = Arrays.asList(ref.get(0).split(",")).indexOf("k4");
    assertThat(got).hasSize(ref.size());
    for (int i = 1; i < ref.size(); i++) {
      assertThat(got.get(i)).isEqualTo(i + "," + ref.get(i).split(",")[col]);
    }
  }

  @Test
  void pamEqualsRClustering() throws IOException {
    Path out = dir.resolve("pam.csv");
    assertThat(run(new StringWriter(), "seq", "cluster", "--dist", matrix.toString(), "--method", "pam",
        "--k", "4", "--out", out.toString())).isZero();
    String clustering = Files.readAllLines(REF.resolve("pam_veteran_k4_summary.txt")).stream()
        .filter(l -> l.startsWith("clustering=")).findFirst().orElseThrow().substring("clustering=".length());
    String[] expected = clustering.split(" ");
    List<String> got = Files.readAllLines(out);
    assertThat(got).hasSize(expected.length + 1);
    for (int i = 0; i < expected.length; i++) {
      assertThat(got.get(i + 1)).isEqualTo((i + 1) + "," + expected[i]);
    }
  }

  @Test
  void asymmetricMatrixNamesLineAndColumnInFrench() throws IOException {
    Files.writeString(matrix, "0,1,2\n1,0,3\n2,4,0\n");
    StringWriter err = new StringWriter();
    assertThat(run(err, "seq", "cluster", "--dist", matrix.toString(), "--k", "2")).isEqualTo(2);
    assertThat(err.toString()).contains("ligne 3, colonne 2").contains("symétrique");
  }

  @Test
  void headerOrUnknownMethodAreExplained() throws IOException {
    Files.writeString(matrix, "a,b\n0,1\n1,0\n");
    StringWriter err = new StringWriter();
    assertThat(run(err, "seq", "cluster", "--dist", matrix.toString(), "--k", "2")).isEqualTo(2);
    assertThat(err.toString()).contains("ligne 1, colonne 1").contains("sans en-tête");
    StringWriter err2 = new StringWriter();
    assertThat(run(err2, "seq", "cluster", "--dist", matrix.toString(), "--k", "2", "--method", "kmeans"))
        .isEqualTo(2);
    assertThat(err2.toString()).contains("ward ou pam");
  }

  private static int run(StringWriter err, String... args) {
    CommandLine cl = ParcoursCommand.commandLine();
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }
}
