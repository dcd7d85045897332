package fr.parcours.app.web;

import fr.parcours.app.web.pages.FigureView;
import java.util.List;

/** What the self-contained report shows: sections (one per page a viewer may open) of figures, with CSS and scripts inlined. */
public record ReportView(String title, String subtitle, List<Section> sections, String footer, String css, String echarts, String script) {
  /** One page of the observatory. */
  public record Section(String id, String title, List<FigureView> figures) {}
}
