package fr.parcours.app.stats;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import fr.parcours.model.ParcoursException;
import fr.parcours.stats.sequence.SequenceData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Options shared by the {@code parcours seq} sub-commands: the input CSV (with a header), its
 * separator, the state columns and the optional weight column. Reads the file into a
 * {@link SequenceData} whose alphabet is the sorted set of distinct values; every user error is a
 * French {@link ParcoursException} naming file, line and column.
 */
final class SeqInput {
  @Parameters(index = "0", paramLabel = "FICHIER", description = "Fichier CSV avec une ligne d'en-tête, une ligne par séquence.")
  Path file;

  @Option(names = "--sep", paramLabel = "C", description = "Séparateur de champs (défaut : ${DEFAULT-VALUE}).", defaultValue = ",")
  String sep;

  @Option(names = "--columns", required = true, paramLabel = "PREMIERE:DERNIERE",
      description = "Colonnes d'états, de PREMIERE à DERNIERE incluses (noms d'en-tête), par exemple Jul.93:Jun.99.")
  String columns;

  @Option(names = "--weights", paramLabel = "COL", description = "Colonne des poids (facultative).")
  String weights;

  /** Header names of the state columns, filled by {@link #read()}. */
  List<String> stateColumns = List.of();

  SequenceData read() {
    if (sep.length() != 1)
      throw new ParcoursException("Séparateur invalide « " + sep + " » : --sep attend un seul caractère (par exemple --sep ';').");
    if (!Files.isRegularFile(file))
      throw new ParcoursException("Fichier introuvable : " + file + ". Vérifiez le chemin du fichier CSV.");
    String[] range = columns.split(":", -1);
    if (range.length != 2 || range[0].isBlank() || range[1].isBlank())
      throw new ParcoursException("Option --columns invalide « " + columns + " » : écrivez PREMIERE:DERNIERE, par exemple --columns a15:a30.");
    List<String[]> rows = new ArrayList<>();
    List<Double> w = new ArrayList<>();
    try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(sep.charAt(0)).ofCsvRecord(file, StandardCharsets.UTF_8)) {
      List<String> header = null;
      int first = -1;
      int last = -1;
      int wcol = -1;
      for (CsvRecord rec : reader) {
        long line = rec.getStartingLineNumber();
        if (header == null) {
          header = rec.getFields();
          first = header.indexOf(range[0]);
          last = header.indexOf(range[1]);
          if (first < 0) throw missingColumn(range[0], header);
          if (last < 0) throw missingColumn(range[1], header);
          if (last < first)
            throw new ParcoursException(file + ", ligne 1 : la colonne « " + range[1] + " » (n° " + (last + 1)
                + ") précède « " + range[0] + " » (n° " + (first + 1) + "). Inversez les bornes de --columns.");
          if (weights != null) {
            wcol = header.indexOf(weights);
            if (wcol < 0) throw missingColumn(weights, header);
          }
          stateColumns = List.copyOf(header.subList(first, last + 1));
          continue;
        }
        if (rec.getFieldCount() == 1 && rec.getField(0).isEmpty()) continue;
        if (rec.getFieldCount() != header.size())
          throw new ParcoursException(file + ", ligne " + line + " : " + rec.getFieldCount() + " champs au lieu de "
              + header.size() + ". Vérifiez le séparateur (--sep) et les guillemets de cette ligne.");
        String[] states = new String[last - first + 1];
        for (int c = first; c <= last; c++) {
          String v = rec.getField(c);
          if (v.isEmpty())
            throw new ParcoursException(file + ", ligne " + line + ", colonne " + (c + 1) + " (« " + header.get(c)
                + " ») : état manquant. Les états manquants ne sont pas pris en charge ; complétez ou retirez cette séquence.");
          states[c - first] = v;
        }
        rows.add(states);
        if (wcol >= 0) {
          String v = rec.getField(wcol).trim();
          double d;
          try {
            d = Double.parseDouble(v);
          } catch (NumberFormatException e) {
            d = Double.NaN;
          }
          if (!(d >= 0) || Double.isInfinite(d))
            throw new ParcoursException(file + ", ligne " + line + ", colonne " + (wcol + 1) + " (« " + weights
                + " ») : poids invalide « " + v + " ». Un poids est un nombre positif ou nul, avec un point décimal.");
          w.add(d);
        }
      }
      if (header == null) throw new ParcoursException("Fichier vide : " + file + ". Il faut une ligne d'en-tête puis une ligne par séquence.");
    } catch (IOException | UncheckedIOException e) {
      throw new ParcoursException("Lecture impossible de " + file + " : " + e.getMessage() + ". Vérifiez le fichier et son encodage (UTF-8).", e);
    }
    if (rows.isEmpty()) throw new ParcoursException("Aucune séquence dans " + file + " : le fichier n'a que l'en-tête.");
    double[] wa = weights == null ? null : w.stream().mapToDouble(Double::doubleValue).toArray();
    return SequenceData.fromStates(rows, wa);
  }

  private ParcoursException missingColumn(String name, List<String> header) {
    String shown = header.size() > 12 ? String.join(", ", header.subList(0, 12)) + ", …" : String.join(", ", header);
    return new ParcoursException(file + ", ligne 1 : colonne « " + name + " » absente de l'en-tête (" + shown
        + "). Corrigez le nom dans --columns ou --weights (la casse compte), ou le séparateur (--sep).");
  }
}
