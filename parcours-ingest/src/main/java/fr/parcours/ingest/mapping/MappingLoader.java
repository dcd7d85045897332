package fr.parcours.ingest.mapping;

import fr.parcours.model.CanonicalField;
import fr.parcours.model.CanonicalTable;
import fr.parcours.model.ParcoursException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads and validates a mapping file. Every error names the file, the line and column of the
 * offending YAML node, and what to write instead. SnakeYAML's node tree is used (not a data
 * binder) precisely to keep those positions.
 */
public final class MappingLoader {

  /** The mapping of the reference extract, shipped in the jar and used when none is given. */
  public static final String BUILT_IN = "reference.yaml";

  private static final Set<String> TOP_KEYS =
      Set.of("nom", "encodage", "separateur", "formats_date", "dates_fictives", "extraction", "tables");
  private static final Set<String> TABLE_KEYS = Set.of("fichier", "feuille", "colonnes", "codes");

  private final String origin;

  private MappingLoader(String origin) {
    this.origin = origin;
  }

  /** The built-in mapping of the reference extract. */
  public static SourceMapping builtIn() {
    try (InputStream in = MappingLoader.class.getResourceAsStream(BUILT_IN)) {
      return new MappingLoader("correspondance intégrée " + BUILT_IN)
          .parse(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ParcoursException("Impossible de lire la correspondance intégrée : " + e.getMessage(), e);
    }
  }

  /** Loads a mapping file, or fails with a French message naming the file, line and column. */
  public static SourceMapping load(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return new MappingLoader(file.toString()).parse(reader);
    } catch (NoSuchFileException e) {
      throw new ParcoursException(
          "Fichier de correspondance introuvable : " + file + ". Vérifiez le chemin donné à --mapping.");
    } catch (java.nio.charset.MalformedInputException e) {
      throw new ParcoursException(
          "Le fichier de correspondance " + file + " n'est pas en UTF-8 : enregistrez-le en UTF-8.");
    } catch (IOException e) {
      throw new ParcoursException("Lecture impossible du fichier de correspondance " + file + " : " + e.getMessage(), e);
    }
  }

  private SourceMapping parse(Reader reader) {
    Node root;
    try {
      root = new Yaml(new LoaderOptions()).compose(reader);
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark();
      throw new ParcoursException(
          origin + ", ligne " + (m.getLine() + 1) + ", colonne " + (m.getColumn() + 1)
              + " : YAML illisible (" + e.getProblem() + "). Vérifiez l'indentation (espaces, pas de tabulations) et les deux-points.");
    }
    if (!(root instanceof MappingNode)) {
      throw new ParcoursException(origin + " : le fichier de correspondance est vide ou n'est pas un dictionnaire YAML.");
    }
    Map<String, Node> top = entries((MappingNode) root, TOP_KEYS, "la racine");

    String name = optionalScalar(top.get("nom")).orElse("source sans nom");
    Charset encoding = charset(top.get("encodage"));
    char separator = separator(top.get("separateur"));
    List<String> patterns = new ArrayList<>();
    if (top.containsKey("formats_date")) {
      for (Node n : sequence(top.get("formats_date"), "formats_date")) patterns.add(scalar(n, "formats_date"));
    } else {
      patterns.add("dd/MM/uuuu");
    }
    List<DateTimeFormatter> formats = new ArrayList<>();
    for (String p : patterns) formats.add(formatter(p, top.get("formats_date")));
    List<LocalDate> placeholders = new ArrayList<>();
    if (top.containsKey("dates_fictives")) {
      for (Node n : sequence(top.get("dates_fictives"), "dates_fictives")) {
        placeholders.add(parsePlaceholder(scalar(n, "dates_fictives"), formats, n));
      }
    }
    Optional<SourceMapping.ExtractInfoMapping> extract = Optional.empty();
    if (top.containsKey("extraction")) {
      Map<String, Node> ex = entries(mapping(top.get("extraction"), "extraction"), Set.of("fichier", "date", "departement"), "extraction");
      extract =
          Optional.of(
              new SourceMapping.ExtractInfoMapping(
                  requiredScalar(ex, "fichier", top.get("extraction"), "extraction"),
                  requiredScalar(ex, "date", top.get("extraction"), "extraction"),
                  optionalScalar(ex.get("departement")).orElse(null)));
    }
    if (!top.containsKey("tables")) {
      throw error(root, "la clé « tables » manque : elle doit décrire au moins les tables persons et measures.");
    }
    Map<CanonicalTable, TableMapping> tables = new EnumMap<>(CanonicalTable.class);
    MappingNode tablesNode = mapping(top.get("tables"), "tables");
    for (NodeTuple t : tablesNode.getValue()) {
      String tableName = scalar(t.getKeyNode(), "tables");
      CanonicalTable table =
          CanonicalTable.byName(tableName)
              .orElseThrow(
                  () -> error(t.getKeyNode(), "table canonique inconnue « " + tableName + " ». Tables possibles : " + tableNames() + "."));
      tables.put(table, tableMapping(table, t.getValueNode()));
    }
    for (CanonicalTable required : List.of(CanonicalTable.PERSONS, CanonicalTable.MEASURES)) {
      if (!tables.containsKey(required)) {
        throw error(tablesNode, "la table « " + required.tableName() + " » (" + required.label() + ") est obligatoire : ajoutez-la sous « tables ».");
      }
    }
    return new SourceMapping(name, origin, encoding, separator, formats, patterns, placeholders, extract, tables);
  }

  private TableMapping tableMapping(CanonicalTable table, Node node) {
    String where = "tables." + table.tableName();
    Map<String, Node> e = entries(mapping(node, where), TABLE_KEYS, where);
    String file = requiredScalar(e, "fichier", node, where);
    String sheet = optionalScalar(e.get("feuille")).orElse(null);
    if (!e.containsKey("colonnes")) throw error(node, "« colonnes » manque dans " + where + ".");
    Map<String, String> columns = new LinkedHashMap<>();
    for (NodeTuple c : mapping(e.get("colonnes"), where + ".colonnes").getValue()) {
      String field = scalar(c.getKeyNode(), where);
      if (table.field(field).isEmpty()) {
        throw error(c.getKeyNode(), "champ canonique inconnu « " + field + " » dans " + where + ". Champs possibles : " + fieldNames(table) + ".");
      }
      columns.put(field, scalar(c.getValueNode(), where + ".colonnes." + field));
    }
    for (CanonicalField f : table.fields()) {
      if (f.mandatory() && !columns.containsKey(f.name())) {
        throw error(e.get("colonnes"), "le champ obligatoire « " + f.name() + " » (" + f.label() + ") n'est pas relié à une colonne dans " + where + ".colonnes.");
      }
    }
    Map<String, Map<String, String>> codes = new LinkedHashMap<>();
    if (e.containsKey("codes")) {
      for (NodeTuple c : mapping(e.get("codes"), where + ".codes").getValue()) {
        String field = scalar(c.getKeyNode(), where + ".codes");
        if (table.field(field).isEmpty()) {
          throw error(c.getKeyNode(), "champ canonique inconnu « " + field + " » dans " + where + ".codes.");
        }
        Map<String, String> translation = new LinkedHashMap<>();
        for (NodeTuple v : mapping(c.getValueNode(), where + ".codes." + field).getValue()) {
          translation.put(scalar(v.getKeyNode(), field), scalar(v.getValueNode(), field));
        }
        codes.put(field, translation);
      }
    }
    return new TableMapping(table, file, sheet, columns, codes);
  }

  private Map<String, Node> entries(MappingNode node, Set<String> allowed, String where) {
    Map<String, Node> out = new LinkedHashMap<>();
    for (NodeTuple t : node.getValue()) {
      String key = scalar(t.getKeyNode(), where);
      if (!allowed.contains(key)) {
        throw error(t.getKeyNode(), "clé inconnue « " + key + " » dans " + where + ". Clés possibles : " + String.join(", ", new java.util.TreeSet<>(allowed)) + ".");
      }
      out.put(key, t.getValueNode());
    }
    return out;
  }

  private MappingNode mapping(Node node, String where) {
    if (node instanceof MappingNode m) return m;
    throw error(node, "« " + where + " » doit être un dictionnaire (des lignes « clé: valeur » indentées).");
  }

  private List<Node> sequence(Node node, String where) {
    if (node instanceof SequenceNode s) return s.getValue();
    throw error(node, "« " + where + " » doit être une liste (par exemple [dd/MM/yyyy]).");
  }

  private String scalar(Node node, String where) {
    if (node instanceof ScalarNode s) return s.getValue();
    throw error(node, "une valeur simple est attendue dans « " + where + " ».");
  }

  private static Optional<String> optionalScalar(Node node) {
    return node instanceof ScalarNode s ? Optional.of(s.getValue()) : Optional.empty();
  }

  private String requiredScalar(Map<String, Node> e, String key, Node parent, String where) {
    Node n = e.get(key);
    if (n == null) throw error(parent, "la clé « " + key + " » manque dans " + where + ".");
    return scalar(n, where + "." + key);
  }

  private Charset charset(Node node) {
    if (node == null) return Charset.forName("windows-1252");
    String name = scalar(node, "encodage");
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw error(node, "encodage inconnu « " + name + " ». Écrivez par exemple UTF-8, windows-1252 ou ISO-8859-1.");
    }
  }

  private char separator(Node node) {
    if (node == null) return ';';
    String s = scalar(node, "separateur");
    if ("\\t".equals(s) || "tab".equalsIgnoreCase(s)) return '\t';
    if (s.length() != 1) throw error(node, "le séparateur doit être un seul caractère (par exemple \";\"), pas « " + s + " ».");
    return s.charAt(0);
  }

  private DateTimeFormatter formatter(String pattern, Node node) {
    try {
      // 'uuuu' with STRICT resolution refuses 31/02; users write 'yyyy', which means the same here.
      return DateTimeFormatter.ofPattern(pattern.replace("yyyy", "uuuu").replace("yy", "uu"))
          .withResolverStyle(ResolverStyle.STRICT);
    } catch (IllegalArgumentException e) {
      throw error(node, "format de date invalide « " + pattern + " ». Exemples : dd/MM/yyyy, yyyy-MM-dd.");
    }
  }

  private LocalDate parsePlaceholder(String text, List<DateTimeFormatter> formats, Node node) {
    for (DateTimeFormatter f : formats) {
      try {
        return LocalDate.parse(text, f);
      } catch (DateTimeParseException ignored) {
        // try the next format
      }
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw error(node, "date fictive illisible « " + text + " » : écrivez-la dans un des formats_date.");
    }
  }

  private ParcoursException error(Node node, String message) {
    Mark m = node.getStartMark();
    return new ParcoursException(origin + ", ligne " + (m.getLine() + 1) + ", colonne " + (m.getColumn() + 1) + " : " + message);
  }

  private static String tableNames() {
    List<String> names = new ArrayList<>();
    for (CanonicalTable t : CanonicalTable.values()) names.add(t.tableName());
    return String.join(", ", names);
  }

  private static String fieldNames(CanonicalTable table) {
    List<String> names = new ArrayList<>();
    for (CanonicalField f : table.fields()) names.add(f.name());
    return String.join(", ", names);
  }
}
