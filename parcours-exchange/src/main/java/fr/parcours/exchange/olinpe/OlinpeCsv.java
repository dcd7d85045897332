package fr.parcours.exchange.olinpe;

import fr.parcours.model.ParcoursException;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CSV form, for départements that send CSV: UTF-8 without BOM, separator {@code ;}, one header
 * line with every variable of the catalogue in order, one line per event, empty cell = absent.
 */
public final class OlinpeCsv {
  private OlinpeCsv() {}

  public static void write(OutputStream out, List<OlinpeRecord> records) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    List<String> names = OlinpeCatalogue.variables().stream().map(OlinpeCatalogue.Variable::name).toList();
    w.write(String.join(";", names));
    w.write("\r\n");
    for (OlinpeRecord r : records) {
      for (int i = 0; i < names.size(); i++) {
        if (i > 0) w.write(';');
        String v = r.values().get(names.get(i));
        if (v != null) w.write(v);
      }
      w.write("\r\n");
    }
    w.flush();
  }

  /** Reads a CSV file whose first line names the columns (any columns, in any order; quotes tolerated). */
  public static OlinpeFile read(Path file) {
    List<OlinpeFile.Entry> entries = new ArrayList<>();
    List<OlinpeFile.Problem> problems = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String head = r.readLine();
      if (head == null) {
        problems.add(new OlinpeFile.Problem(1, 1, "Fichier vide : la première ligne doit nommer les variables."));
        return new OlinpeFile(file, "csv", Map.of(), entries, problems);
      }
      if (head.startsWith("\uFEFF")) head = head.substring(1);
      String[] names = split(head);
      int lineNo = 1;
      for (String line; (line = r.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank()) continue;
        String[] cells = split(line);
        if (cells.length != names.length) {
          problems.add(new OlinpeFile.Problem(lineNo, 1, "La ligne a " + cells.length + " cellules au lieu de " + names.length + " (en-tête)."));
        }
        Map<String, String> v = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(cells.length, names.length); i++) if (!cells[i].isBlank()) v.put(names[i].strip(), cells[i].strip());
        entries.add(new OlinpeFile.Entry(entries.size() + 1, lineNo, new OlinpeRecord(v)));
      }
    } catch (java.nio.charset.MalformedInputException e) {
      problems.add(new OlinpeFile.Problem(entries.size() + 2, 1, "Le fichier n'est pas en UTF-8 : réenregistrez-le en UTF-8."));
    } catch (IOException e) {
      throw new ParcoursException("Lecture impossible de " + file + " : " + e.getMessage() + ". Vérifiez le chemin et les droits.", e);
    }
    return new OlinpeFile(file, "csv", Map.of(), entries, problems);
  }

  private static String[] split(String line) {
    String[] cells = line.split(";", -1);
    for (int i = 0; i < cells.length; i++) {
      String c = cells[i].strip();
      if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")) c = c.substring(1, c.length() - 1).replace("\"\"", "\"");
      cells[i] = c;
    }
    return cells;
  }
}
