package fr.parcours.engine.olinpe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The OLINPE file (XML and CSV) holds no name and no full birth date: every byte is searched for
 * each person's names (as in the source and upper-cased) and birth date (dd/MM/yyyy and yyyy-MM-dd).
 * A birth date that is also the date of some record of the extract (a measure starting that day…)
 * cannot be told apart by bytes; those are counted and must stay rare.
 */
class OlinpeNoIdentityTest {
  @Test
  void theFileHoldsNoNameAndNoBirthDate() throws Exception {
    OlinpeExportTest.extractAndWorkspaceIfNeeded();
    Path xml = OlinpeExportTest.dir.resolve("identite/olinpe-2022.xml");
    Path csv = OlinpeExportTest.dir.resolve("identite/olinpe-2022.csv");
    OlinpeExportTest.export(2022, xml, "xml");
    OlinpeExportTest.export(2022, csv, "csv");
    Set<String> names = new HashSet<>();
    Set<LocalDate> births = new HashSet<>();
    Set<String> recordDates = new HashSet<>();
    Path db = OlinpeExportTest.ws.resolve("parcours.duckdb").toAbsolutePath();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db, OlinpeExportTest.readOnly()); Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT usage_name, birth_name, first_names, mother_birth_name, birth_date FROM persons")) {
        while (rs.next()) {
          for (int i = 1; i <= 4; i++) {
            String v = rs.getString(i);
            if (v == null) continue;
            names.add(v);
            for (String part : v.split("[ ,'-]+")) if (part.length() >= 3) names.add(part);
          }
          if (rs.getObject(5) != null) births.add(rs.getObject(5, LocalDate.class));
        }
      }
      for (String q : List.of("SELECT start_date, end_date FROM measures", "SELECT start_date, end_date FROM placements",
          "SELECT received_date, outcome_date FROM concern_reports", "SELECT decision_date, rights_end_date FROM mdph")) {
        try (ResultSet rs = s.executeQuery(q)) {
          while (rs.next()) for (int i = 1; i <= 2; i++) if (rs.getObject(i) != null) recordDates.add(rs.getObject(i, LocalDate.class).toString());
        }
      }
    }
    assertThat(names).hasSizeGreaterThan(1000);
    DateTimeFormatter fr = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    for (Path f : List.of(xml, csv)) {
      String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
      String upper = text.toUpperCase(Locale.ROOT);
      // values only: tags, the CSV header and the 40-character hex identifiers removed (a short name like BA is in hex)
      String values = upper.replaceAll("<[^>]+>", " ").replaceFirst("^NUMDEP;[^\\n]*\\n", "").replaceAll("[0-9A-F]{40}", " ");
      for (String n : names) {
        String u = n.toUpperCase(Locale.ROOT);
        // as a whole token anywhere in the bytes
        assertThat(Pattern.compile("(?<![\\p{L}0-9])" + Pattern.quote(u) + "(?![\\p{L}0-9])").matcher(upper).find()).as("nom « %s » dans %s", n, f.getFileName()).isFalse();
        // and as a substring of any value
        if (u.length() >= 4) assertThat(values).as("nom « %s » dans les valeurs de %s", n, f.getFileName()).doesNotContain(u);
      }
      int ambiguous = 0;
      for (LocalDate b : births) {
        assertThat(text).doesNotContain(b.format(fr));
        if (recordDates.contains(b.toString())) {
          ambiguous++;
          continue;
        }
        assertThat(text).as("date de naissance %s dans %s", b, f.getFileName()).doesNotContain(b.toString());
      }
      assertThat(ambiguous).isLessThan(births.size());
    }
  }
}
