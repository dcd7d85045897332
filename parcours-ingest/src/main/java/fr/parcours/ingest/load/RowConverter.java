package fr.parcours.ingest.load;

import fr.parcours.ingest.mapping.SourceMapping;
import fr.parcours.ingest.mapping.TableMapping;
import fr.parcours.ingest.read.SourceRow;
import fr.parcours.model.CanonicalField;
import fr.parcours.model.CanonicalTable;
import fr.parcours.model.FieldType;
import fr.parcours.model.Nomenclature;
import fr.parcours.model.Nomenclatures;
import fr.parcours.model.ParcoursException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns one source row into a canonical row, or rejects it. Row-level rules only (a field at a
 * time, and the start/end pair); rules across rows (probable duplicates, overlaps) run in the
 * workspace after loading. One converter per table, used by one thread.
 */
final class RowConverter {
  /** Fields whose absence does not stop the row but is worth a flag. */
  private static final Map<CanonicalTable, Set<String>> EXPECTED =
      Map.of(CanonicalTable.PERSONS, Set.of("birth_name", "first_names", "birth_date"));

  /** (start, end) field pairs checked for an end before the start, which rejects the row. */
  private static final Map<CanonicalTable, String[]> PERIODS =
      Map.of(
          CanonicalTable.MEASURES, new String[] {"start_date", "end_date"},
          CanonicalTable.PLACEMENTS, new String[] {"start_date", "end_date"},
          CanonicalTable.RSA, new String[] {"open_date", "close_date"});

  private static final java.time.format.DateTimeFormatter FR = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final Map<String, Nomenclature> NOMENCLATURES = new HashMap<>();

  private final TableMapping mapping;
  private final CanonicalTable table;
  private final List<CanonicalField> fields;
  private final int[] columnIndex;
  private final String[] columnName;
  private final String file;
  private final int headerSize;
  private final Dates dates;
  private final Set<LocalDate> placeholders;
  private final Nomenclature[] codeLists;
  private final int startIdx;
  private final int endIdx;
  private final int natureIdx;
  private final int typeIdx;
  private final int personIdx;
  private final int measureIdx;
  private final Set<String> expected;
  private final Set<String> seenIds;
  /** Per field: source value → canonical code, or {@link #UNKNOWN}; one lookup per cell. */
  private final Map<String, String>[] resolved;
  private static final String UNKNOWN = new String("\u0000inconnu");
  private final Set<String> knownPersons;
  private final Set<String> knownMeasures;
  private final IngestSink sink;

  @SuppressWarnings("unchecked")
  RowConverter(
      SourceMapping source,
      TableMapping mapping,
      List<String> header,
      String file,
      long expectedRows,
      Set<String> knownPersons,
      Set<String> knownMeasures,
      IngestSink sink) {
    this.seenIds = new HashSet<>((int) Math.min(Integer.MAX_VALUE - 8, Math.max(16, expectedRows * 4 / 3 + 16)));
    this.mapping = mapping;
    this.table = mapping.table();
    this.fields = table.fields();
    this.file = file;
    this.headerSize = header.size();
    this.dates = new Dates(source.dateFormats(), source.datePatterns());
    this.placeholders = Set.copyOf(source.placeholderDates());
    this.knownPersons = knownPersons;
    this.knownMeasures = knownMeasures;
    this.sink = sink;
    this.expected = EXPECTED.getOrDefault(table, Set.of());
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      if (byName.putIfAbsent(header.get(i), i) != null) {
        throw new ParcoursException(file + ", ligne 1, colonne " + (i + 1) + " : l'en-tête « " + header.get(i)
            + " » apparaît deux fois. Renommez l'une des colonnes dans l'export.");
      }
    }
    columnIndex = new int[fields.size()];
    columnName = new String[fields.size()];
    codeLists = new Nomenclature[fields.size()];
    resolved = new Map[fields.size()];
    for (int f = 0; f < fields.size(); f++) {
      CanonicalField field = fields.get(f);
      String col = mapping.columns().get(field.name());
      columnName[f] = col;
      if (col == null) {
        columnIndex[f] = -1;
      } else {
        Integer idx = byName.get(col);
        if (idx == null) {
          throw new ParcoursException(file + ", ligne 1 : la colonne « " + col + " » (champ " + field.name() + ", " + field.label()
              + ") est absente de l'en-tête. Colonnes présentes : " + String.join(", ", header)
              + ". Corrigez le nom de colonne dans la correspondance ou l'export.");
        }
        columnIndex[f] = idx;
      }
      if (field.nomenclature() != null) codeLists[f] = nomenclature(field.nomenclature());
      resolved[f] = new HashMap<>();
    }
    String[] period = PERIODS.get(table);
    startIdx = period == null ? -1 : table.indexOf(period[0]);
    endIdx = period == null ? -1 : table.indexOf(period[1]);
    natureIdx = table == CanonicalTable.MEASURES ? table.indexOf("nature") : -1;
    typeIdx = table == CanonicalTable.MEASURES ? table.indexOf("measure_type") : -1;
    personIdx = table.indexOf("person_id");
    measureIdx = table == CanonicalTable.PLACEMENTS ? table.indexOf("measure_id") : -1;
  }

  private static synchronized Nomenclature nomenclature(String name) {
    return NOMENCLATURES.computeIfAbsent(name, Nomenclature::load);
  }

  /** The canonical values, or null if the row was rejected (the reject is already sent). */
  Object[] convert(SourceRow row) {
    String[] cells = row.cells();
    if (cells.length != headerSize && !(cells.length > headerSize && trailingEmpty(cells))) {
      reject(row, null, QualityCode.NOMBRE_DE_CHAMPS, cells.length + " champs pour " + headerSize + " colonnes d'en-tête");
      return null;
    }
    Object[] values = new Object[fields.size()];
    List<QualityFlag> flags = null;
    for (int f = 0; f < fields.size(); f++) {
      int idx = columnIndex[f];
      if (idx < 0) continue;
      CanonicalField field = fields.get(f);
      String raw = idx < cells.length ? clean(cells[idx]) : "";
      if (raw.isEmpty()) {
        if (field.mandatory()) {
          reject(row, columnName[f], QualityCode.CHAMP_OBLIGATOIRE_VIDE, field.label() + " vide");
          return null;
        }
        if (expected.contains(field.name())) flags = add(flags, row, cells, f, QualityCode.CHAMP_ATTENDU_VIDE, field.label() + " vide");
        continue;
      }
      switch (field.type()) {
        case TEXT -> {
          String repaired = Mojibake.repair(raw);
          if (repaired != null) {
            flags = add(flags, row, cells, f, QualityCode.ENCODAGE_REPARE, "« " + raw + " » relu « " + repaired + " »");
            raw = repaired;
          }
          values[f] = raw;
        }
        case DATE -> {
          LocalDate d = dates.parse(raw);
          QualityCode problem = d == null ? QualityCode.DATE_ILLISIBLE : placeholders.contains(d) ? QualityCode.DATE_FICTIVE : null;
          if (problem != null) {
            String detail = field.label() + " « " + raw + " »";
            if (field.mandatory()) {
              reject(row, columnName[f], problem, detail);
              return null;
            }
            flags = add(flags, row, cells, f, problem, detail);
          } else {
            values[f] = d;
          }
        }
        case BOOLEAN -> {
          Boolean b = bool(mapping.translate(field.name(), raw));
          if (b == null) flags = add(flags, row, cells, f, QualityCode.VALEUR_OUI_NON_ILLISIBLE, field.label() + " « " + raw + " »");
          values[f] = b;
        }
        case CODE -> {
          String code = resolve(f, raw);
          if (code == UNKNOWN) {
            String detail = field.label() + " « " + raw + " » inconnu de la nomenclature " + codeLists[f].name();
            if (field.mandatory()) {
              reject(row, columnName[f], QualityCode.CODE_INCONNU, detail);
              return null;
            }
            flags = add(flags, row, cells, f, QualityCode.CODE_INCONNU, detail);
          } else {
            values[f] = code;
          }
        }
        case CODES -> {
          StringBuilder ok = new StringBuilder();
          for (String part : splitCodes(raw)) {
            if (part.isEmpty()) continue;
            String code = resolve(f, part);
            if (code == UNKNOWN) {
              flags = add(flags, row, cells, f, QualityCode.CODE_INCONNU, field.label() + " « " + part + " » inconnu");
            } else {
              if (ok.length() > 0) ok.append('|');
              ok.append(code);
            }
          }
          values[f] = ok.length() == 0 ? null : ok.toString();
        }
      }
    }
    if (startIdx >= 0 && values[startIdx] != null && values[endIdx] != null
        && ((LocalDate) values[endIdx]).isBefore((LocalDate) values[startIdx])) {
      reject(row, columnName[endIdx], QualityCode.FIN_AVANT_DEBUT, "fin " + FR.format((LocalDate) values[endIdx]) + " avant début " + FR.format((LocalDate) values[startIdx]));
      return null;
    }
    if (natureIdx >= 0 && values[natureIdx] == null) {
      values[natureIdx] = Nomenclatures.MEASURE_TYPES.get((String) values[typeIdx]).attribute("nature_habituelle");
    }
    String id = (String) values[0];
    if (table != CanonicalTable.PERSONS) {
      String person = (String) values[personIdx];
      if (!knownPersons.contains(person)) {
        reject(row, columnName[personIdx], QualityCode.INDIVIDU_INCONNU, "personne « " + person + " »");
        return null;
      }
      if (table == CanonicalTable.PLACEMENTS) {
        String measure = (String) values[measureIdx];
        if (!knownMeasures.contains(measure)) {
          reject(row, columnName[measureIdx], QualityCode.MESURE_INCONNUE, "mesure « " + measure + " »");
          return null;
        }
      }
    }
    if (!seenIds.add(id)) {
      reject(row, columnName[0], QualityCode.IDENTIFIANT_EN_DOUBLE, "identifiant « " + id + " »");
      return null;
    }
    if (flags != null) for (QualityFlag q : flags) sink.flag(q);
    return values;
  }

  /** Translates a source code and checks it against the nomenclature, memoised per field. */
  private String resolve(int f, String raw) {
    String code = resolved[f].get(raw);
    if (code == null) {
      String translated = mapping.translate(fields.get(f).name(), raw);
      code = codeLists[f].contains(translated) ? translated : UNKNOWN;
      if (resolved[f].size() < 10_000) resolved[f].put(raw, code);
    }
    return code;
  }

  /** Splits a multi-code cell on | or , (no regex: this runs for every row). */
  private static List<String> splitCodes(String raw) {
    List<String> parts = new ArrayList<>(4);
    int start = 0;
    for (int i = 0; i <= raw.length(); i++) {
      if (i == raw.length() || raw.charAt(i) == '|' || raw.charAt(i) == ',') {
        parts.add(raw.substring(start, i).strip());
        start = i + 1;
      }
    }
    return parts;
  }

  /** The identifiers loaded so far (the persons' set feeds the other tables' checks). */
  Set<String> loadedIds() {
    return seenIds;
  }

  private List<QualityFlag> add(List<QualityFlag> flags, SourceRow row, String[] cells, int f, QualityCode code, String detail) {
    if (flags == null) flags = new ArrayList<>(2);
    String id = columnIndex[0] < cells.length ? clean(cells[columnIndex[0]]) : "";
    flags.add(new QualityFlag(table, id, file, row.line(), columnName[f], code, detail));
    return flags;
  }

  private void reject(SourceRow row, String column, QualityCode code, String detail) {
    sink.reject(new Reject(table, file, row.line(), column, code, detail, String.join(";", row.cells())));
  }

  private static String clean(String s) {
    String t = s.strip();
    return t.equals("NULL") ? "" : t;
  }

  private static boolean trailingEmpty(String[] cells) {
    return cells[cells.length - 1].isEmpty();
  }

  private static Boolean bool(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "o", "oui", "1", "true", "vrai", "y", "yes" -> Boolean.TRUE;
      case "n", "non", "0", "false", "faux", "no" -> Boolean.FALSE;
      default -> null;
    };
  }
}
