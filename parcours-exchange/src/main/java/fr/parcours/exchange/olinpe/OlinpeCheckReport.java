package fr.parcours.exchange.olinpe;

import fr.parcours.exchange.olinpe.OlinpeCheck.Grade;
import fr.parcours.exchange.olinpe.OlinpeChecks.Failure;
import fr.parcours.exchange.olinpe.OlinpeChecks.Outcome;
import fr.parcours.exchange.olinpe.OlinpeChecks.Report;
import fr.parcours.model.ParcoursException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The French check report: an HTML page (summary per check, then failing records, at most
 * {@value #HTML_LIMIT} per check) and a complete CSV ({@code ;}, UTF-8 with BOM for spreadsheets).
 * Records are named by position (n° of the DONNEE) and NUMANONYM, never by a person's name.
 */
public final class OlinpeCheckReport {
  public static final int HTML_LIMIT = 200;

  private OlinpeCheckReport() {}

  /** The two files written. */
  public record Written(Path html, Path csv) {}

  /** Writes {@code <base>.html} and {@code <base>.csv} in {@code dir} (atomically, replacing older ones). */
  public static Written write(Report r, Path dir, String base) {
    try {
      Files.createDirectories(dir);
      Path html = dir.resolve(base + ".html");
      Path csv = dir.resolve(base + ".csv");
      atomic(html, html(r));
      atomic(csv, "\uFEFF" + csv(r));
      return new Written(html, csv);
    } catch (IOException e) {
      throw new ParcoursException("Écriture du rapport de contrôle impossible dans " + dir + " : " + e.getMessage() + ". Vérifiez les droits du dossier.", e);
    }
  }

  private static void atomic(Path target, String content) throws IOException {
    Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".controle-", ".tmp");
    try {
      Files.writeString(tmp, content, StandardCharsets.UTF_8);
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  public static String csv(Report r) {
    StringBuilder b = new StringBuilder("controle;gravite;intitule;position_donnee;ligne;numanonym;detail\r\n");
    for (Outcome o : r.outcomes()) {
      for (Failure f : o.failures()) {
        b.append(o.check().number()).append(';').append(o.status().label()).append(';').append(cell(o.check().title())).append(';')
            .append(f.position() == 0 ? "" : f.position()).append(';').append(f.line() == 0 ? "" : f.line()).append(';')
            .append(f.numanonym() == null ? "" : cell(f.numanonym())).append(';').append(cell(f.detail())).append("\r\n");
      }
    }
    return b.toString();
  }

  private static String cell(String s) {
    return s.contains(";") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"").replace("\n", " ") + "\"" : s;
  }

  public static String html(Report r) {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Contrôle OLINPE – ").append(esc(r.file().file().getFileName().toString()))
        .append("</title>\n<style>body{font-family:sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse;margin:1em 0}"
            + "td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}.rouge{background:#f8d0d0}"
            + ".orange{background:#fde3bd}.vert{background:#d4efd4}code{font-size:.95em}</style></head><body>\n");
    b.append("<h1>Contrôle du fichier OLINPE</h1>\n<p>Fichier <code>").append(esc(r.file().file().getFileName().toString())).append("</code> (")
        .append(r.file().format().toUpperCase()).append("), année ").append(r.year()).append(", ").append(r.records())
        .append(" évènements (DONNEE). Contrôlé le ").append(LocalDateTime.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy à HH:mm"))).append(".</p>\n");
    b.append("<p>Résultat : <b>").append(r.count(Grade.ROUGE)).append(" contrôle(s) rouge(s)</b>, ").append(r.count(Grade.ORANGE))
        .append(" orange(s), ").append(r.count(Grade.VERT)).append(" vert(s). Les évènements sont désignés par leur position "
            + "(n° de la balise DONNEE dans le fichier, à partir de 1) et leur NUMANONYM, jamais par un nom.</p>\n");
    b.append("<table><tr><th>n°</th><th>contrôle</th><th>règle</th><th>résultat</th><th>évènements en défaut</th></tr>\n");
    for (Outcome o : r.outcomes()) {
      b.append("<tr class=\"").append(o.status().label()).append("\"><td>").append(o.check().number()).append("</td><td>").append(esc(o.check().title()))
          .append("</td><td>").append(esc(o.check().rule())).append("</td><td>").append(o.status().label()).append("</td><td>").append(o.failures().size()).append("</td></tr>\n");
    }
    b.append("</table>\n");
    for (Outcome o : r.outcomes()) {
      if (o.failures().isEmpty()) continue;
      b.append("<h2 class=\"").append(o.status().label()).append("\">").append(o.check().number()).append(" – ").append(esc(o.check().title())).append(" (")
          .append(o.failures().size()).append(")</h2>\n<table><tr><th>DONNEE n°</th><th>ligne</th><th>NUMANONYM</th><th>détail</th></tr>\n");
      int n = 0;
      for (Failure f : o.failures()) {
        if (++n > HTML_LIMIT) break;
        b.append("<tr><td>").append(f.position() == 0 ? "fichier" : f.position()).append("</td><td>").append(f.line() == 0 ? "" : f.line()).append("</td><td><code>")
            .append(f.numanonym() == null ? "" : esc(f.numanonym())).append("</code></td><td>").append(esc(f.detail())).append("</td></tr>\n");
      }
      b.append("</table>\n");
      if (o.failures().size() > HTML_LIMIT) b.append("<p>… et ").append(o.failures().size() - HTML_LIMIT).append(" autres : liste complète dans le fichier CSV.</p>\n");
    }
    b.append("<p>Schéma et listes de codes : ceux de Parcours (le schéma national n'est pas public), voir docs/olinpe.md.</p>\n</body></html>\n");
    return b.toString();
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
