package fr.parcours.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** The rule every published table must follow: a count is 0, at least the threshold, or hidden (s, c). */
final class PublishedFigures {
  private PublishedFigures() {}

  static void assertNoSmallCell(String what, List<String> types, List<List<String>> rows, int threshold) {
    assertThat(rows).as(what).allSatisfy(r -> assertThat(r).as(what).hasSize(types.size()));
    for (List<String> r : rows) {
      for (int j = 0; j < types.size(); j++) {
        if (!types.get(j).equals("COUNT")) continue;
        String c = r.get(j);
        if (c.equals("s") || c.equals("c") || c.isEmpty()) continue;
        long v = Long.parseLong(c);
        assertThat(v == 0 || v >= threshold).as(what + " : cellule « " + c + " » (colonne " + j + ")").isTrue();
      }
    }
  }
}
