package fr.parcours.app.web;

import fr.parcours.app.web.auth.Role;
import fr.parcours.app.web.pages.FigureView;
import fr.parcours.app.web.pages.Templates;
import fr.parcours.app.web.report.CohortQuery;
import fr.parcours.app.web.report.Figure;
import fr.parcours.app.web.report.Observatory;
import fr.parcours.app.web.report.Page;
import fr.parcours.model.ParcoursException;
import fr.parcours.stats.disclosure.SmallCellSuppression;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The observatory's report: one self-contained HTML file (ECharts and the drawing script inlined,
 * works offline) with exactly the figures a viewer may see — published, small-cell-protected
 * statistics only — and optionally its PDF printed by headless Chromium.
 */
public final class ObservatoryReport {
  static final String ECHARTS = "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";

  private ObservatoryReport() {}

  /** Writes the report of {@code workspace} to {@code out} (atomically) with the default threshold; for {@code parcours demo}. */
  public static Path write(Path workspace, Path out) {
    return write(new Observatory(workspace, SmallCellSuppression.DEFAULT_THRESHOLD), out);
  }

  public static Path write(Observatory obs, Path out) {
    String html = render(obs);
    try {
      Path target = out.toAbsolutePath().normalize();
      Files.createDirectories(target.getParent());
      Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
      Files.writeString(tmp, html, StandardCharsets.UTF_8);
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new ParcoursException("Écriture impossible du rapport " + out + " : " + e.getMessage(), e);
    }
  }

  /** The figures of the report: those of every page a viewer may open, default cohort filters. */
  public static List<ReportView.Section> sections(Observatory obs) {
    List<ReportView.Section> out = new ArrayList<>();
    for (Page p : Page.values()) {
      if (!Role.VIEWER.atLeast(p.minRole())) continue;
      List<FigureView> figs = new ArrayList<>();
      for (Figure f : obs.figures(p, Role.VIEWER, CohortQuery.DEFAULT)) figs.add(FigureView.of(f, ""));
      out.add(new ReportView.Section(p.id(), p.title(), figs));
    }
    return out;
  }

  public static String render(Observatory obs) {
    var snap = obs.current();
    String subtitle = "Extrait du " + snap.summary().extractDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))
        + (snap.summary().departement() == null ? "" : ", département " + snap.summary().departement());
    String footer = "Statistiques protégées par le secret statistique : effectifs de 1 à " + (obs.threshold() - 1)
        + " masqués (« s »), masquages complémentaires (« c »). Produit par parcours report.";
    ReportView v = new ReportView("Observatoire Parcours — rapport", subtitle, sections(obs), footer,
        resource("/web/static/observatoire.css") + "\n.chart{height:360px}", script(resource(ECHARTS)), script(resource("/web/static/observatoire.js")));
    return Templates.render("report.jte", Map.of("view", v));
  }

  /** Prints {@code html} to {@code pdf} with headless Chromium; false when no Chromium is installed. */
  public static boolean printPdf(Path html, Path pdf) {
    Path chromium = chromium();
    if (chromium == null) return false;
    try {
      Path profile = Files.createTempDirectory("parcours-chromium-");
      Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
          "--no-first-run", "--disable-background-networking", "--user-data-dir=" + profile, "--no-pdf-header-footer",
          "--virtual-time-budget=5000", "--print-to-pdf=" + pdf.toAbsolutePath(), html.toAbsolutePath().toUri().toString())
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new ParcoursException("Chromium n'a pas imprimé le rapport en 2 minutes : relancez sans --pdf et imprimez le HTML depuis un navigateur.");
      }
      if (p.exitValue() != 0 || !Files.exists(pdf)) {
        throw new ParcoursException("Chromium a échoué (code " + p.exitValue() + ") à imprimer " + html + " : imprimez le HTML depuis un navigateur.");
      }
      return true;
    } catch (IOException e) {
      throw new ParcoursException("Lancement de Chromium impossible : " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ParcoursException("Impression PDF interrompue.", e);
    }
  }

  static Path chromium() {
    for (String c : new String[] {"/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"}) {
      if (Files.isExecutable(Path.of(c))) return Path.of(c);
    }
    return null;
  }

  private static String script(String js) {
    return js.replace("</script", "<\\/script");
  }

  private static String resource(String name) {
    try (InputStream in = ObservatoryReport.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("ressource absente du jar : " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
