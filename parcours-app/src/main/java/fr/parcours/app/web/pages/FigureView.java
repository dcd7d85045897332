package fr.parcours.app.web.pages;

import fr.parcours.app.web.report.Exports;
import fr.parcours.app.web.report.Figure;

/** A figure with its embedded JSON and the query string of its links (cohort filters). */
public record FigureView(Figure figure, String json, String query) {
  public static FigureView of(Figure f, String query) {
    return new FigureView(f, Exports.json(Exports.payload(f)), query);
  }
}
