package fr.parcours.ingest.mapping;

import fr.parcours.model.CanonicalTable;
import java.util.Map;

/**
 * How one canonical table is read from the source.
 *
 * @param file file name relative to the source folder (.csv or .xlsx)
 * @param sheet sheet name for an .xlsx file (null: the first sheet)
 * @param columns canonical field name → source column header
 * @param codes canonical field name → (source value → canonical code)
 */
public record TableMapping(
    CanonicalTable table,
    String file,
    String sheet,
    Map<String, String> columns,
    Map<String, Map<String, String>> codes) {

  public TableMapping {
    columns = Map.copyOf(columns);
    codes = Map.copyOf(codes);
  }

  /** Translates a source value of a field through the mapping's code table (identity when absent). */
  public String translate(String field, String sourceValue) {
    Map<String, String> table = codes.get(field);
    if (table == null) return sourceValue;
    String translated = table.get(sourceValue);
    return translated != null ? translated : sourceValue;
  }

  public boolean isXlsx() {
    return file.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
  }
}
