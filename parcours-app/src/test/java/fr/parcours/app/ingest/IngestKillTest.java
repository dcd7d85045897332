package fr.parcours.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.app.Main;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real ingestion process with SIGKILL while it is loading, and checks that the
 * workspace is byte for byte what it was, and that the next ingestion works and cleans up.
 */
class IngestKillTest {
  @TempDir Path tmp;

  @Test
  void killingAnIngestionMidwayLeavesTheWorkspaceUntouched() throws Exception {
    Path small = writeExtract(tmp.resolve("small"), 50);
    Path big = writeExtract(tmp.resolve("big"), 400_000);
    Path ws = tmp.resolve("ws");
    assertThat(Main.run("ingest", "--source", small.toString(), "--workspace", ws.toString())).isZero();
    byte[] before = Files.readAllBytes(ws.resolve("parcours.duckdb"));

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
            "ingest", "--source", big.toString(), "--workspace", ws.toString())
        .redirectErrorStream(true).start();
    boolean sawLoading = false;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        // Kill once the measures are being loaded: the temporary database is half written.
        if (line.contains("Lecture de mesures.csv")) {
          sawLoading = true;
          p.destroyForcibly();
          break;
        }
      }
    }
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(sawLoading).as("l'ingestion a été tuée pendant le chargement").isTrue();
    assertThat(p.exitValue()).isNotZero();
    assertThat(Files.readAllBytes(ws.resolve("parcours.duckdb"))).isEqualTo(before);

    assertThat(Main.run("ingest", "--source", small.toString(), "--workspace", ws.toString())).isZero();
    try (var files = Files.list(tmp)) {
      assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith(".ingestion-"));
    }
  }

  /** A reference extract with n persons, each with one measure, written directly. */
  static Path writeExtract(Path dir, int n) throws Exception {
    Files.createDirectories(dir);
    Charset cp = Charset.forName("windows-1252");
    Files.writeString(dir.resolve("extraction.csv"), "date_extraction;departement;logiciel\r\n31/12/2025;999;IODAS\r\n", cp);
    try (BufferedWriter p = Files.newBufferedWriter(dir.resolve("individus.csv"), cp);
        BufferedWriter m = Files.newBufferedWriter(dir.resolve("mesures.csv"), cp)) {
      p.write("id_individu;nom_usage;nom_naissance;prenoms;sexe;date_naissance;commune_naissance;nom_naissance_mere;mna;date_deces\r\n");
      m.write("id_mesure;id_individu;type_mesure;nature;decideur;date_debut;date_fin;motif_fin;territoire\r\n");
      for (int i = 0; i < n; i++) {
        p.write("I" + i + ";;NOM" + i + ";Prénom;F;12/03/2005;Lyon;MÈRE" + i + ";N;\r\n");
        m.write("M" + i + ";I" + i + ";AEMO;Judiciaire;JE;01/01/2010;31/12/2011;MAINLEVEE;T0" + (1 + i % 9) + "\r\n");
      }
    }
    Files.writeString(dir.resolve("lieux_accueil.csv"), "id_lieu;id_mesure;id_individu;type_lieu;date_debut;date_fin;departement_lieu\r\n", cp);
    Files.writeString(dir.resolve("informations_preoccupantes.csv"), "id_ip;id_individu;date_reception;origine;types_danger;date_suite;suite\r\n", cp);
    Files.writeString(dir.resolve("rsa.csv"), "id_droit;id_individu;date_ouverture;date_fermeture\r\n", cp);
    Files.writeString(dir.resolve("logement.csv"), "id_demarche;id_individu;type_demarche;date_demarche\r\n", cp);
    Files.writeString(dir.resolve("mdph.csv"), "id_decision;id_individu;type_decision;date_decision;date_fin_droit\r\n", cp);
    return dir;
  }
}
