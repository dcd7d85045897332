package fr.parcours.engine.trajectory;

import fr.parcours.engine.workspace.Workspace;
import fr.parcours.model.ParcoursException;
import fr.parcours.trajectory.sequence.Axis;
import fr.parcours.trajectory.sequence.MonthlySequence;
import fr.parcours.trajectory.spell.StateAlphabet;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Files written from stored trajectories (UTF-8, {@code ;}, one header line; each written to a
 * temporary file and renamed): wide monthly sequences (one row per person, one column per month,
 * empty cell = month not observed — {@code parcours seq … --sep ';'} and TraMineR's
 * {@code seqdef(read.csv2(…), 2:253)} read it), spells, and protected cohort tables.
 */
public final class TrajectoryExport {
  private TrajectoryExport() {}

  /**
   * Wide monthly sequences of the latest extract.
   *
   * @param completeOnly keep only persons whose every month is observed (what {@code parcours seq} needs)
   * @return persons written
   */
  public static long wideSequences(Workspace w, Axis axis, Path file, boolean completeOnly) {
    String extract = latest(w);
    StateAlphabet alphabet = StateAlphabet.DEFAULT;
    long n = 0;
    try (PreparedStatement ps = w.connection().prepareStatement(
        "SELECT person_id, first_month, months, complete, sps FROM sequences_monthly WHERE extract_id = ? AND axis = ? ORDER BY person_id")) {
      ps.setString(1, extract);
      ps.setString(2, axis.code());
      try (ResultSet rs = ps.executeQuery(); Out out = new Out(file)) {
        boolean header = false;
        while (rs.next()) {
          if (!header) {
            StringBuilder h = new StringBuilder("personne");
            int months = rs.getInt(3);
            LocalDate first = rs.getObject(2, LocalDate.class);
            for (int k = 0; k < months; k++) {
              h.append(';').append(axis == Axis.AGE ? String.format("age_%03d", k) : YearMonth.from(first).plusMonths(k).toString());
            }
            out.line(h.toString());
            header = true;
          }
          if (completeOnly && !rs.getBoolean(4)) continue;
          byte[] s = MonthlySequence.parseSps(rs.getString(5), alphabet);
          StringBuilder row = new StringBuilder(rs.getString(1));
          for (byte b : s) row.append(';').append(b == MonthlySequence.MISSING ? "" : alphabet.code(b));
          out.line(row.toString());
          n++;
        }
        if (!header) out.line("personne");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("lecture des séquences impossible : " + e.getMessage(), e);
    }
    return n;
  }

  /** Spells of the latest extract: {@code personne;etat;debut;fin} (ISO dates, bounds inclusive). */
  public static long spells(Workspace w, Path file) {
    String extract = latest(w);
    long n = 0;
    try (PreparedStatement ps = w.connection().prepareStatement(
        "SELECT person_id, state, start_date, end_date FROM spells WHERE extract_id = ? ORDER BY person_id, spell_no")) {
      ps.setString(1, extract);
      try (ResultSet rs = ps.executeQuery(); Out out = new Out(file)) {
        out.line("personne;etat;debut;fin");
        while (rs.next()) {
          out.line(rs.getString(1) + ';' + rs.getString(2) + ';' + rs.getObject(3, LocalDate.class) + ';' + rs.getObject(4, LocalDate.class));
          n++;
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("lecture des états impossible : " + e.getMessage(), e);
    }
    return n;
  }

  /** Writes protected tables, one CSV per table ({@code name.csv}), and a LISEZMOI.txt. */
  public static void tables(List<PublishedTable> tables, Path dir, int threshold, String cohortLabel) {
    for (PublishedTable t : tables) {
      try (Out out = new Out(dir.resolve(t.name() + ".csv"))) {
        out.line(String.join(";", t.headers()));
        for (List<String> r : t.rows()) out.line(String.join(";", r));
      }
    }
    try (Out out = new Out(dir.resolve("LISEZMOI.txt"))) {
      out.line("Tableaux par cohorte (" + cohortLabel + "), produits par parcours cohorts.");
      out.line("Secret statistique : « " + CohortReport.PRIMARY_MARK + " » = effectif inférieur à " + threshold
          + " masqué ; « " + CohortReport.SECONDARY_MARK + " » = cellule masquée pour qu'un effectif masqué ne puisse pas être recalculé par différence avec les totaux.");
      out.line("taux_oui_pct = oui / (oui + non) : les personnes dont la fenêtre d'observation n'est pas close (non_observable) ne comptent jamais comme « non ».");
      for (PublishedTable t : tables) out.line(t.name() + ".csv : " + t.title() + " — population : " + t.population() + ".");
    }
  }

  private static String latest(Workspace w) {
    var ref = w.latestExtract().orElseThrow(() -> new ParcoursException("Le workspace " + w.dir() + " ne contient aucun extrait : lancez parcours ingest."));
    if (!TrajectoryBuild.built(w)) {
      throw new ParcoursException("Les trajectoires ne sont pas construites : lancez parcours trajectories --workspace " + w.dir());
    }
    return ref.id();
  }

  /** A UTF-8 text file written beside its target and renamed over it when complete. */
  static final class Out implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final BufferedWriter writer;

    Out(Path target) {
      this.target = target;
      try {
        Files.createDirectories(target.toAbsolutePath().getParent());
        this.temp = target.resolveSibling("." + target.getFileName() + ".tmp");
        this.writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new ParcoursException("Écriture impossible de " + target + " : " + e.getMessage() + ". Vérifiez le dossier et ses droits.", e);
      }
    }

    void line(String s) {
      try {
        writer.write(s);
        writer.write('\n');
      } catch (IOException e) {
        throw new ParcoursException("Écriture impossible de " + target + " : " + e.getMessage(), e);
      }
    }

    @Override
    public void close() {
      try {
        writer.close();
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new ParcoursException("Écriture impossible de " + target + " : " + e.getMessage(), e);
      }
    }
  }
}
