package fr.parcours.app.report;

import static fr.parcours.app.report.Html.esc;
import static fr.parcours.app.report.Html.n;

import fr.parcours.engine.analysis.CjmDurations;
import fr.parcours.engine.analysis.CjmEffect;
import fr.parcours.engine.analysis.Typology;
import fr.parcours.engine.trajectory.PublishedTable;
import fr.parcours.engine.trajectory.TrajectoryViews;
import fr.parcours.model.Nomenclatures;
import fr.parcours.stats.effect.Balance;
import fr.parcours.stats.survival.SurvCurve;
import java.util.List;
import java.util.Locale;

/**
 * The trajectory and statistics sections of the demo's HTML summary: cohort tables, chronogram,
 * frequent sequences, CJM durations, CJM effect and typology. Charts are inline SVG (the page
 * works offline) and each has its table view, a reading guide and its denominator.
 */
public final class AnalysisSections {
  private AnalysisSections() {}

  /** Everything the sections show; any part may be null when it could not be computed. */
  public record Analyses(
      List<PublishedTable> cohortTables,
      TrajectoryViews.StateDistribution chronogram,
      List<TrajectoryViews.FrequentSequence> topSequences,
      List<SurvCurve> cjmDurations,
      CjmEffect cjmEffect,
      Typology typology,
      int threshold) {}

  public static String render(Analyses a) {
    StringBuilder h = new StringBuilder(65_536);
    h.append("<h2>Parcours</h2>\n");
    if (a.chronogram() != null) chronogram(h, a.chronogram());
    if (a.topSequences() != null) topSequences(h, a.topSequences());
    if (a.cohortTables() != null) {
      h.append("<h2>Cohortes</h2>\n<p class=\"note\">Cellules masquées : « s » effectif inférieur à ").append(a.threshold())
          .append(", « c » masquée pour qu'aucune cellule ne se déduise des totaux.</p>\n");
      for (PublishedTable t : a.cohortTables()) cohortTable(h, t);
    }
    h.append("<h2>Jeunes majeurs</h2>\n");
    if (a.cjmDurations() != null) durations(h, a.cjmDurations());
    if (a.cjmEffect() != null) effect(h, a.cjmEffect());
    if (a.typology() != null) typology(h, a.typology(), a.threshold());
    return h.toString();
  }

  private static void chronogram(StringBuilder h, TrajectoryViews.StateDistribution d) {
    int months = d.observed().length;
    int w = 760;
    int ht = 260;
    h.append("<figure><figcaption><b>Répartition des états selon l'âge (chronogramme)</b> — lecture : à chaque âge, la part des personnes")
        .append(" dans chaque état ; dénominateur : personnes suivies ayant eu au moins une mesure et observées à cet âge.</figcaption>\n");
    h.append("<svg role=\"img\" aria-label=\"Chronogramme des états de 0 à 21 ans ; le tableau qui suit en donne les valeurs\" width=\"")
        .append(w + 70).append("\" height=\"").append(ht + 30).append("\" viewBox=\"0 0 ").append(w + 70).append(' ').append(ht + 30).append("\">");
    double[] base = new double[months];
    for (int s = 0; s < d.states().size(); s++) {
      StringBuilder top = new StringBuilder();
      StringBuilder bottom = new StringBuilder();
      for (int k = 0; k < months; k++) {
        double share = d.observed()[k] == 0 ? 0 : d.counts()[k][s] / (double) d.observed()[k];
        double x = 30 + w * k / (double) (months - 1);
        bottom.insert(0, String.format(Locale.ROOT, "%.1f,%.1f ", x, ht - ht * base[k]));
        base[k] += share;
        top.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, ht - ht * base[k]));
      }
      h.append("<polygon points=\"").append(top).append(bottom).append("\" fill=\"").append(esc(d.colours().get(s)))
          .append("\" stroke=\"#fff\" stroke-width=\"0.3\"><title>").append(esc(d.labels().get(s))).append("</title></polygon>");
    }
    for (int y = 0; y <= 21; y += 3) {
      double x = 30 + w * (y * 12) / (double) (months - 1);
      h.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%d ans</text>", x, ht + 16, y));
    }
    h.append("</svg>");
    legend(h, d.labels(), d.colours());
    h.append("</figure>\n<table><caption>Chronogramme : part de chaque état (%) à chaque âge</caption><thead><tr><th scope=\"col\">Âge</th>");
    for (String l : d.labels()) h.append("<th scope=\"col\" class=\"n\">").append(esc(l)).append("</th>");
    h.append("<th scope=\"col\" class=\"n\">Personnes observées</th></tr></thead><tbody>");
    for (int k = 0; k < months; k += 24) {
      h.append("<tr><th scope=\"row\">").append(k / 12).append(" ans</th>");
      for (int s = 0; s < d.states().size(); s++) {
        boolean hidden = d.hidden()[k][s];
        double share = d.observed()[k] == 0 ? 0 : d.counts()[k][s] / (double) d.observed()[k];
        h.append("<td class=\"n\">").append(hidden ? "s" : String.format(Locale.FRANCE, "%.1f", 100 * share)).append("</td>");
      }
      h.append("<td class=\"n\">").append(n(d.observed()[k])).append("</td></tr>");
    }
    h.append("</tbody></table>\n");
  }

  private static void legend(StringBuilder h, List<String> labels, List<String> colours) {
    h.append("<p class=\"legend\">");
    for (int i = 0; i < labels.size(); i++) {
      h.append("<span><i style=\"background:").append(esc(colours.get(i))).append("\"></i>").append(esc(labels.get(i))).append("</span> ");
    }
    h.append("</p>");
  }

  private static void topSequences(StringBuilder h, List<TrajectoryViews.FrequentSequence> top) {
    h.append("<table><caption>Les 10 suites d'états les plus fréquentes, de la naissance à 21 ans</caption><thead><tr>")
        .append("<th scope=\"col\">Rang</th><th scope=\"col\">Suite d'états</th><th scope=\"col\" class=\"n\">Personnes</th>")
        .append("<th scope=\"col\" class=\"n\">Part</th></tr></thead><tbody>");
    int rank = 1;
    for (TrajectoryViews.FrequentSequence f : top) {
      h.append("<tr><td>").append(rank++).append("</td><td>").append(esc(f.labels())).append("</td><td class=\"n\">").append(n(f.count()))
          .append("</td><td class=\"n\">").append(Html.pct(f.share())).append("</td></tr>");
    }
    h.append("</tbody></table>\n<p class=\"note\">Dénominateur : personnes ayant eu au moins une mesure et observées de la naissance à 21 ans ;")
        .append(" une suite ne retient que les états successifs distincts.</p>\n");
  }

  private static void cohortTable(StringBuilder h, PublishedTable t) {
    h.append("<table><caption>").append(esc(t.title())).append(" — ").append(esc(t.population())).append("</caption><thead><tr>");
    for (String c : t.headers()) h.append("<th scope=\"col\">").append(esc(c)).append("</th>");
    h.append("</tr></thead><tbody>");
    int size = t.headers().indexOf("effectif");
    for (List<String> r : t.rows()) {
      // Cohorts with nobody yet (majority years still to come) would only add empty rows.
      if (size >= 0 && "0".equals(r.get(size))) continue;
      h.append("<tr>");
      for (int i = 0; i < r.size(); i++) h.append(i == 0 ? "<th scope=\"row\">" : "<td class=\"n\">").append(esc(r.get(i))).append(i == 0 ? "</th>" : "</td>");
      h.append("</tr>");
    }
    h.append("</tbody></table>\n");
  }

  private static final String[] PALETTE = {"#000091", "#e1000f", "#18753c", "#b34000", "#6a6af4"};

  private static void durations(StringBuilder h, List<SurvCurve> curves) {
    int w = 600;
    int ht = 220;
    double maxT = 37;
    h.append("<figure><figcaption><b>Durée des contrats jeune majeur selon la période des 18 ans</b> — lecture : part des CJM encore en")
        .append(" cours après t mois (Kaplan–Meier, un CJM en cours à la date d'extraction est censuré) ; dénominateur : jeunes ayant eu un CJM.</figcaption>");
    h.append("<svg role=\"img\" aria-label=\"Courbes de maintien en CJM par période ; le tableau qui suit en donne les valeurs\" width=\"")
        .append(w + 50).append("\" height=\"").append(ht + 30).append("\">");
    h.append(String.format(Locale.ROOT, "<line x1=\"40\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#666\"/><line x1=\"40\" y1=\"0\" x2=\"40\" y2=\"%d\" stroke=\"#666\"/>",
        ht, w + 40, ht, ht));
    for (int m = 0; m <= 36; m += 6) {
      h.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%d mois</text>", 40 + w * m / maxT, ht + 15, m));
    }
    for (int p = 0; p <= 100; p += 25) {
      h.append(String.format(Locale.ROOT, "<text x=\"34\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%d %%</text>", ht - ht * p / 100.0 + 4, p));
    }
    for (int c = 0; c < curves.size(); c++) {
      SurvCurve s = curves.get(c);
      StringBuilder path = new StringBuilder(String.format(Locale.ROOT, "M40,%.1f", 0.0));
      double prev = 1;
      for (int i = 0; i < s.time().length && s.time()[i] <= maxT; i++) {
        double x = 40 + w * s.time()[i] / maxT;
        path.append(String.format(Locale.ROOT, " L%.1f,%.1f L%.1f,%.1f", x, ht - ht * prev, x, ht - ht * s.surv()[i]));
        prev = s.surv()[i];
      }
      h.append("<path d=\"").append(path).append("\" fill=\"none\" stroke-width=\"2\" stroke=\"").append(PALETTE[c % PALETTE.length])
          .append("\"><title>").append(esc(s.stratum())).append("</title></path>");
    }
    h.append("</svg>");
    h.append("<p class=\"legend\">");
    for (int c = 0; c < curves.size(); c++) {
      h.append("<span><i style=\"background:").append(PALETTE[c % PALETTE.length]).append("\"></i>majorité ").append(esc(curves.get(c).stratum())).append("</span> ");
    }
    h.append("</p></figure>\n<table><caption>CJM encore en cours après 6, 12 et 24 mois, durée médiane (IC à 95 %)</caption><thead><tr>")
        .append("<th scope=\"col\">Période des 18 ans</th><th scope=\"col\" class=\"n\">Jeunes</th><th scope=\"col\" class=\"n\">6 mois</th>")
        .append("<th scope=\"col\" class=\"n\">12 mois</th><th scope=\"col\" class=\"n\">24 mois</th><th scope=\"col\" class=\"n\">Médiane (mois)</th></tr></thead><tbody>");
    for (SurvCurve s : curves) {
      h.append("<tr><th scope=\"row\">").append(esc(s.stratum())).append("</th><td class=\"n\">").append(n(s.records())).append("</td>");
      for (double m : new double[] {6, 12, 24}) h.append("<td class=\"n\">").append(Html.pct(CjmDurations.survivalAt(s, m))).append("</td>");
      var md = s.median();
      h.append("<td class=\"n\">").append(md == null || Double.isNaN(md.median()) ? "—" : String.format(Locale.FRANCE, "%.1f (%s – %s)", md.median(),
          Double.isNaN(md.lower()) ? "—" : String.format(Locale.FRANCE, "%.1f", md.lower()),
          Double.isNaN(md.upper()) ? "—" : String.format(Locale.FRANCE, "%.1f", md.upper()))).append("</td></tr>");
    }
    h.append("</tbody></table>\n");
  }

  private static void effect(StringBuilder h, CjmEffect e) {
    h.append("<h3>Effet du contrat jeune majeur sur l'ouverture du RSA avant 25 ans</h3>\n");
    h.append(String.format(Locale.FRANCE,
        "<p>Parmi les <b>%s</b> jeunes placés à 17 ans et demi dont on sait s'ils ont ouvert un droit au RSA avant 25 ans (%s avec un CJM, %s sans),"
            + " le CJM change la probabilité d'ouvrir le RSA avant 25 ans de <b>%+.1f points</b> (IC à %.0f %% : %+.1f à %+.1f points),"
            + " estimé par pondération inverse sur le score de propension. La comparaison brute des deux groupes donnerait %+.1f points :"
            + " elle mélange l'effet du CJM et les différences de parcours entre ceux qui l'obtiennent et les autres.</p>\n",
        n(e.population()), n(e.treated()), n(e.control()), 100 * e.estimate(), 100 * e.level(), 100 * e.lower(), 100 * e.upper(), 100 * e.naive()));
    h.append("<table><caption>Équilibre des caractéristiques avant et après pondération (différences standardisées ; |d| &lt; 0,1 : équilibré)</caption>")
        .append("<thead><tr><th scope=\"col\">Caractéristique</th><th scope=\"col\" class=\"n\">Moyenne avec CJM</th><th scope=\"col\" class=\"n\">Moyenne sans CJM</th>")
        .append("<th scope=\"col\" class=\"n\">d avant</th><th scope=\"col\" class=\"n\">d après</th></tr></thead><tbody>");
    for (Balance b : e.balance()) {
      h.append("<tr><th scope=\"row\">").append(esc(b.covariate())).append("</th>").append(String.format(Locale.FRANCE,
          "<td class=\"n\">%.2f</td><td class=\"n\">%.2f</td><td class=\"n\">%+.2f</td><td class=\"n\">%+.2f</td></tr>",
          b.meanTreated(), b.meanControl(), b.smdBefore(), b.smdAfter()));
    }
    h.append("</tbody></table>\n<p class=\"note\">Méthode : estimateur de Hájek à poids stabilisés (effet moyen dans la population), modèle logistique")
        .append(" de propension ; intervalle bootstrap percentile sur ").append(n(e.replicates()))
        .append(" rééchantillonnages des personnes. Hypothèses : pas de facteur de confusion non mesuré, chaque profil peut recevoir ou non un CJM.</p>\n");
  }

  private static void typology(StringBuilder h, Typology t, int threshold) {
    int months = t.toMonth() - t.fromMonth() + 1;
    h.append("<h3>Typologie des parcours de 16 à 21 ans</h3>\n<p>").append(t.clusters().size()).append(" types de parcours parmi ")
        .append(n(t.persons())).append(" jeunes tirés au sort (sur ").append(n(t.eligible()))
        .append(" placés à 17 ans et demi et observés jusqu'à 21 ans) ; distance d'appariement optimal (coûts par taux de transition), classification de Ward.")
        .append(" Chaque type est représenté par son parcours le plus central.</p>\n");
    h.append("<table><caption>Types de parcours, du plus fréquent au plus rare</caption><thead><tr><th scope=\"col\">Type</th><th scope=\"col\">Description</th>")
        .append("<th scope=\"col\" class=\"n\">Jeunes</th><th scope=\"col\" class=\"n\">Part</th><th scope=\"col\">Parcours représentatif (16 → 21 ans)</th></tr></thead><tbody>");
    for (Typology.Cluster c : t.clusters()) {
      boolean small = c.size() < threshold;
      h.append("<tr><th scope=\"row\">").append(c.number()).append("</th><td>").append(esc(c.label())).append("</td><td class=\"n\">")
          .append(small ? "s" : n(c.size())).append("</td><td class=\"n\">").append(small ? "s" : Html.pct(c.share())).append("</td><td>");
      h.append("<svg width=\"").append(months * 5).append("\" height=\"16\" role=\"img\" aria-label=\"").append(esc(describe(c.medoid()))).append("\">");
      for (int m = 0; m < months; m++) {
        String state = c.medoid().get(m);
        h.append("<rect x=\"").append(m * 5).append("\" y=\"0\" width=\"5\" height=\"16\" fill=\"")
            .append(esc(Nomenclatures.STATES.get(state).attribute("couleur"))).append("\"/>");
      }
      h.append("</svg></td></tr>");
    }
    h.append("</tbody></table>\n");
    List<String> labels = t.states().stream().map(Nomenclatures.STATES::label).toList();
    List<String> colours = t.states().stream().map(s -> Nomenclatures.STATES.get(s).attribute("couleur")).toList();
    legend(h, labels, colours);
  }

  /** Text alternative of a sequence: its spells with their lengths in months. */
  static String describe(List<String> months) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < months.size()) {
      int j = i;
      while (j < months.size() && months.get(j).equals(months.get(i))) j++;
      if (sb.length() > 0) sb.append(", puis ");
      sb.append(Nomenclatures.STATES.label(months.get(i)).toLowerCase(Locale.FRENCH)).append(" (").append(j - i).append(" mois)");
      i = j;
    }
    return sb.toString();
  }
}
