package fr.parcours.ingest.mapping;

import fr.parcours.model.CanonicalTable;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A département's mapping of its export onto the canonical model, as read from a YAML file
 * (see {@code docs/correspondance.md}). Immutable and validated by {@link MappingLoader}.
 *
 * @param name a label for the source ("Extrait IODAS, Métropole X")
 * @param origin where the mapping was read from (file path or "correspondance intégrée")
 * @param encoding default encoding of the source's CSV files
 * @param separator CSV field separator
 * @param dateFormats accepted date patterns, tried in order (ISO {@code yyyy-MM-dd} is always
 *     accepted last, which is how XLSX dates arrive)
 * @param placeholderDates dates the source uses to mean "unknown" (such as 01/01/1900)
 * @param extract where the extract's date and département are read, if the source says them
 * @param tables the tables the source provides, in canonical order
 */
public record SourceMapping(
    String name,
    String origin,
    Charset encoding,
    char separator,
    List<DateTimeFormatter> dateFormats,
    List<String> datePatterns,
    List<LocalDate> placeholderDates,
    Optional<ExtractInfoMapping> extract,
    Map<CanonicalTable, TableMapping> tables) {

  /** Where to find the extract date and the département code in the source. */
  public record ExtractInfoMapping(String file, String dateColumn, String departementColumn) {}

  public SourceMapping {
    dateFormats = List.copyOf(dateFormats);
    datePatterns = List.copyOf(datePatterns);
    placeholderDates = List.copyOf(placeholderDates);
    tables = Map.copyOf(tables);
  }

  /** The same mapping reading its CSV files in another encoding (the {@code --encoding} option). */
  public SourceMapping withEncoding(Charset other) {
    return new SourceMapping(name, origin, other, separator, dateFormats, datePatterns, placeholderDates, extract, tables);
  }

  public Optional<TableMapping> table(CanonicalTable table) {
    return Optional.ofNullable(tables.get(table));
  }
}
