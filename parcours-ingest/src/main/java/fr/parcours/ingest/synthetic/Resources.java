package fr.parcours.ingest.synthetic;

import fr.parcours.model.ParcoursException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the generator's data files (UTF-8, {@code #} comments, {@code ;} separated). */
final class Resources {
  private Resources() {}

  /** Non-comment, non-blank lines of a resource of this package, split on {@code ;}. */
  static List<String[]> rows(String name) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = Resources.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new ParcoursException("fichier de données du générateur absent du jar : " + name);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) continue;
        rows.add(line.split(";", -1));
      }
    } catch (IOException e) {
      throw new ParcoursException("lecture impossible du fichier de données " + name + " : " + e.getMessage(), e);
    }
    return rows;
  }

  /** Rows after the header line. */
  static List<String[]> body(String name) {
    List<String[]> all = rows(name);
    return all.subList(1, all.size());
  }
}
