package fr.parcours.engine.trajectory;

import java.util.List;

/**
 * A table ready to leave: French headers and cells as text, every cell already through small-cell
 * protection ({@link CohortReport#PRIMARY_MARK} and {@link CohortReport#SECONDARY_MARK} mark hidden
 * cells). Plain data for the CLI's CSV files and the demo's HTML page.
 */
public record PublishedTable(String name, String title, String population, List<String> headers, List<List<String>> rows) {
  public PublishedTable {
    headers = List.copyOf(headers);
    rows = List.copyOf(rows);
  }
}
