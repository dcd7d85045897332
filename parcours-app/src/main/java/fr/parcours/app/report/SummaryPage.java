package fr.parcours.app.report;

import static fr.parcours.app.report.Html.esc;
import static fr.parcours.app.report.Html.n;

import fr.parcours.engine.summary.ExtractSummary;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The one-page HTML summary of an extract written by {@code parcours demo}. */
public final class SummaryPage {
  private SummaryPage() {}

  public static String render(ExtractSummary s, String title, List<String> notes) {
    return render(s, title, notes, "");
  }

  /** The page with extra sections (already rendered HTML) before the data-quality part. */
  public static String render(ExtractSummary s, String title, List<String> notes, String extraSections) {
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>").append(esc(title)).append("</title><style>").append(Html.STYLE).append("</style></head><body>\n");
    h.append("<h1>").append(esc(title)).append("</h1>\n");
    h.append("<p class=\"sub\">Extrait du ").append(s.extractDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
        .append(s.departement() == null ? "" : ", département " + esc(s.departement())).append("</p>\n");
    h.append("<div class=\"kpis\">");
    kpi(h, "personnes connues", s.persons());
    kpi(h, "personnes avec une mesure", s.personsWithMeasure());
    kpi(h, "personnes placées", s.personsPlaced());
    kpi(h, "mesures", s.measures());
    kpi(h, "informations préoccupantes", s.reports());
    kpi(h, "lignes rejetées", s.rejected());
    h.append("</div>\n");

    h.append("<h2>Mesures</h2>\n");
    table(h, "Mesures par type", "Type de mesure", s.measuresByType(), true);
    table(h, "Contrats jeune majeur par décennie de début", "Décennie", s.cjmByDecade(), false);
    h.append("<h2>Placements</h2>\n");
    table(h, "Lieux d'accueil par type", "Type de lieu", s.placementsByPlace(), true);
    h.append("<h2>Informations préoccupantes</h2>\n");
    table(h, "Informations préoccupantes par suite donnée", "Suite", s.reportsByOutcome(), true);

    h.append(extraSections);
    h.append("<h2>Qualité de l'extrait</h2>\n");
    h.append("<table><caption>Comptage des lignes par fichier (lues = chargées + rejetées)</caption>")
        .append("<thead><tr><th scope=\"col\">Fichier</th><th scope=\"col\" class=\"n\">Lues</th><th scope=\"col\" class=\"n\">Chargées</th>")
        .append("<th scope=\"col\" class=\"n\">Rejetées</th></tr></thead><tbody>");
    for (ExtractSummary.FileRow f : s.files()) {
      h.append("<tr><td>").append(esc(f.file())).append("</td><td class=\"n\">").append(n(f.read())).append("</td><td class=\"n\">")
          .append(n(f.loaded())).append("</td><td class=\"n\">").append(n(f.rejected())).append("</td></tr>");
    }
    h.append("</tbody></table>\n");
    if (s.rejectsByCode().isEmpty()) h.append("<p>Aucune ligne rejetée.</p>\n");
    else table(h, "Lignes rejetées par motif", "Motif", s.rejectsByCode(), true);
    if (s.flagsByCode().isEmpty()) h.append("<p>Aucun signalement qualité.</p>\n");
    else table(h, "Signalements qualité sur les lignes chargées", "Signalement", s.flagsByCode(), true);
    for (String note : notes) h.append("<p class=\"note\">").append(esc(note)).append("</p>\n");
    h.append("</body></html>\n");
    return h.toString();
  }

  private static void kpi(StringBuilder h, String label, long value) {
    h.append("<div class=\"kpi\"><b>").append(n(value)).append("</b>").append(esc(label)).append("</div>");
  }

  private static void table(StringBuilder h, String caption, String header, List<ExtractSummary.Count> rows, boolean withCode) {
    long max = rows.stream().mapToLong(ExtractSummary.Count::count).max().orElse(1);
    long total = rows.stream().mapToLong(ExtractSummary.Count::count).sum();
    h.append("<table><caption>").append(esc(caption)).append("</caption><thead><tr>");
    if (withCode) h.append("<th scope=\"col\">Code</th>");
    h.append("<th scope=\"col\">").append(esc(header)).append("</th><th scope=\"col\" class=\"n\">Effectif</th><th scope=\"col\" class=\"n\">Part</th>")
        .append("<th scope=\"col\" aria-hidden=\"true\"></th></tr></thead><tbody>");
    for (ExtractSummary.Count c : rows) {
      h.append("<tr>");
      if (withCode) h.append("<td>").append(esc(c.code())).append("</td>");
      h.append("<td>").append(esc(c.label())).append("</td><td class=\"n\">").append(n(c.count())).append("</td><td class=\"n\">")
          .append(Html.pct(total == 0 ? 0 : (double) c.count() / total)).append("</td><td aria-hidden=\"true\"><span class=\"bar\" style=\"width:")
          .append(Math.round(200.0 * c.count() / Math.max(1, max))).append("px\"></span></td></tr>");
    }
    h.append("</tbody></table>\n");
  }
}
