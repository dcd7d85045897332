package fr.parcours.app.stats;

import fr.parcours.model.ParcoursException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small CSV table for the {@code parcours surv} commands: comma separator, one header row,
 * RFC 4180 quoting, UTF-8; an empty field is a missing value. Keeps each row's line number for
 * error messages.
 */
final class SurvCsv {
  final Path file;
  final List<String> header;
  final List<String[]> rows;
  final List<Integer> lines;

  private SurvCsv(Path file, List<String> header, List<String[]> rows, List<Integer> lines) {
    this.file = file;
    this.header = header;
    this.rows = rows;
    this.lines = lines;
  }

  static SurvCsv read(Path file) {
    List<String> text;
    try {
      text = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ParcoursException("Fichier introuvable : " + file + ". Vérifiez le chemin donné à --data.");
    } catch (IOException e) {
      throw new ParcoursException("Lecture impossible de " + file + " : " + e.getMessage()
          + ". Vérifiez que le fichier est lisible et encodé en UTF-8.", e);
    }
    List<String[]> rows = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    List<String> header = null;
    int lineNo = 0;
    while (lineNo < text.size()) {
      int start = lineNo + 1;
      StringBuilder record = new StringBuilder(text.get(lineNo++));
      while (unbalanced(record) && lineNo < text.size()) {
        record.append('\n').append(text.get(lineNo++));
      }
      if (unbalanced(record)) {
        throw new ParcoursException(file + ", ligne " + start + " : guillemet non fermé. Fermez le champ entre guillemets.");
      }
      if (record.length() == 0 && header != null) {
        continue;
      }
      String[] fields = split(header == null && record.length() > 0 && record.charAt(0) == '\uFEFF'
          ? record.substring(1) : record.toString());
      if (header == null) {
        header = List.of(fields);
        if (header.size() < 2) {
          throw new ParcoursException(file + ", ligne 1 : l'en-tête n'a qu'une colonne. Le séparateur attendu est la virgule.");
        }
        continue;
      }
      if (fields.length != header.size()) {
        throw new ParcoursException(file + ", ligne " + start + " : " + fields.length + " champs au lieu de "
            + header.size() + " (en-tête). Corrigez la ligne ou ajoutez les virgules manquantes.");
      }
      rows.add(fields);
      lines.add(start);
    }
    if (header == null) {
      throw new ParcoursException(file + " est vide : une ligne d'en-tête est attendue.");
    }
    return new SurvCsv(file, header, rows, lines);
  }

  /** Index of a column, or a French error naming the available columns. */
  int column(String name, String option) {
    int j = header.indexOf(name);
    if (j < 0) {
      throw new ParcoursException(file + ", ligne 1 : colonne « " + name + " » (option " + option
          + ") absente de l'en-tête. Colonnes disponibles : " + String.join(", ", header) + ".");
    }
    return j;
  }

  /** Parses a number or reports file, line and column. */
  double number(int row, int col, String what) {
    String v = rows.get(row)[col].trim();
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new ParcoursException(file + ", ligne " + lines.get(row) + ", colonne « " + header.get(col) + " » : valeur « "
          + v + " » non numérique (" + what + "). Corrigez la valeur ou laissez le champ vide pour une valeur manquante.");
    }
  }

  boolean missing(int row, int col) {
    return rows.get(row)[col].trim().isEmpty();
  }

  String value(int row, int col) {
    return rows.get(row)[col].trim();
  }

  private static boolean unbalanced(CharSequence s) {
    int q = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '"') {
        q++;
      }
    }
    return q % 2 == 1;
  }

  private static String[] split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            cur.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out.toArray(String[]::new);
  }
}
