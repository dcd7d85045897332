package fr.parcours.privacy.convention;

import fr.parcours.model.CanonicalField;
import fr.parcours.model.CanonicalTable;
import fr.parcours.model.FieldType;
import fr.parcours.model.ParcoursException;
import fr.parcours.privacy.convention.Convention.Party;
import fr.parcours.privacy.convention.Convention.PseudonymSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Reads and validates a convention file (format in {@code docs/convention.md}). Every error names
 * the file, the line and column of the YAML node and what to write instead; SnakeYAML's node tree
 * is used (not a data binder) to keep those positions, as for mapping files.
 */
public final class ConventionLoader {
  /** The demo convention shipped in the jar. */
  public static final String DEMO = "convention-demo.yaml";

  private static final Set<String> TOP_KEYS = Set.of(
      "identifiant", "titre", "responsable", "destinataires", "finalite", "base_legale", "periode_couverte",
      "duree_convention", "conservation", "k_minimum", "suppression_max", "pseudonyme", "quasi_identifiants", "champs",
      "correspondance_communes");
  private static final Set<String> REQUIRED = Set.of(
      "identifiant", "responsable", "destinataires", "finalite", "base_legale", "periode_couverte", "duree_convention",
      "conservation", "k_minimum", "champs");
  private static final Set<String> PARTY_KEYS = Set.of("code", "nom", "contact", "cle_publique");
  /** Direct identifiers: nothing but {@code supprimer} is allowed for them. */
  private static final Set<String> DIRECT_IDENTIFIERS = Set.of("usage_name", "birth_name", "first_names", "mother_birth_name");

  private final String origin;
  private final Path baseDir;

  private ConventionLoader(String origin, Path baseDir) {
    this.origin = origin;
    this.baseDir = baseDir;
  }

  public static Convention load(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Path dir = file.toAbsolutePath().getParent();
      return new ConventionLoader(file.toString(), dir).parse(r, file);
    } catch (NoSuchFileException e) {
      throw new ParcoursException("Convention introuvable : " + file + ". Vérifiez le chemin donné à --convention.");
    } catch (java.nio.charset.MalformedInputException e) {
      throw new ParcoursException("La convention " + file + " n'est pas en UTF-8 : enregistrez-la en UTF-8.");
    } catch (IOException e) {
      throw new ParcoursException("Lecture impossible de la convention " + file + " : " + e.getMessage(), e);
    }
  }

  /** Parses YAML text (tests, built-in resources); public keys are resolved against {@code baseDir}. */
  public static Convention parse(String yaml, String origin, Path baseDir) {
    return new ConventionLoader(origin, baseDir).parse(new java.io.StringReader(yaml), baseDir.resolve("convention.yaml"));
  }

  /** The demo convention's YAML text. */
  public static String demoText() {
    try (InputStream in = ConventionLoader.class.getResourceAsStream(DEMO)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private Convention parse(Reader reader, Path source) {
    Node root;
    try {
      root = new Yaml(new LoaderOptions()).compose(reader);
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark();
      throw new ParcoursException(origin + ", ligne " + (m.getLine() + 1) + ", colonne " + (m.getColumn() + 1)
          + " : YAML illisible (" + e.getProblem() + "). Vérifiez l'indentation (espaces, pas de tabulations) et les deux-points.");
    }
    if (!(root instanceof MappingNode rootMap)) {
      throw new ParcoursException(origin + " : la convention est vide ou n'est pas un dictionnaire YAML.");
    }
    Map<String, Node> top = entries(rootMap, TOP_KEYS, "la racine");
    for (String k : REQUIRED) {
      if (!top.containsKey(k)) throw error(root, "la clé « " + k + " » manque à la racine ; voir docs/convention.md.");
    }
    String id = scalar(top.get("identifiant"), "identifiant");
    String title = top.containsKey("titre") ? scalar(top.get("titre"), "titre") : id;
    Party controller = party(top.get("responsable"), "responsable");
    List<Party> recipients = new ArrayList<>();
    Set<String> codes = new java.util.HashSet<>();
    for (Node n : sequence(top.get("destinataires"), "destinataires")) {
      Party p = party(n, "destinataires");
      if (p.publicKey() == null) throw error(n, "un destinataire doit avoir sa clé publique OpenPGP (cle_publique: fichier.asc).");
      if (!codes.add(p.code())) throw error(n, "le code de destinataire « " + p.code() + " » apparaît deux fois.");
      recipients.add(p);
    }
    if (recipients.isEmpty()) throw error(top.get("destinataires"), "la liste des destinataires est vide.");
    String purpose = scalar(top.get("finalite"), "finalite");
    List<String> bases = new ArrayList<>();
    for (Node n : sequence(top.get("base_legale"), "base_legale")) bases.add(scalar(n, "base_legale"));
    if (bases.isEmpty()) throw error(top.get("base_legale"), "indiquez au moins une base légale (articles du RGPD).");
    LocalDate[] period = interval(top.get("periode_couverte"), "periode_couverte");
    LocalDate[] agreement = interval(top.get("duree_convention"), "duree_convention");
    String retention = scalar(top.get("conservation"), "conservation");
    int k = integer(top.get("k_minimum"), "k_minimum", 2, 1000);
    double maxSup = top.containsKey("suppression_max") ? decimal(top.get("suppression_max"), "suppression_max", 0, 0.5) : 0.05;
    PseudonymSource ps = PseudonymSource.IDENTITY;
    if (top.containsKey("pseudonyme")) {
      String v = scalar(top.get("pseudonyme"), "pseudonyme");
      ps = switch (v) {
        case "identite" -> PseudonymSource.IDENTITY;
        case "identifiant_source" -> PseudonymSource.SOURCE_ID;
        default -> throw error(top.get("pseudonyme"), "valeur « " + v + " » inconnue : écrivez identite ou identifiant_source.");
      };
    }
    Map<CanonicalTable, Map<String, FieldPolicy>> policies = policies(top.get("champs"));
    CommuneTerritories communes = CommuneTerritories.builtIn();
    if (top.containsKey("correspondance_communes")) {
      Node cn = top.get("correspondance_communes");
      Path file = baseDir.resolve(scalar(cn, "correspondance_communes")).normalize();
      if (!Files.isRegularFile(file)) {
        throw error(cn, "correspondance des communes introuvable : " + file + " (chemin relatif au dossier de la convention ; "
            + "fichier commune;territoire, voir docs/convention.md).");
      }
      communes = CommuneTerritories.load(file);
    }
    List<String> qis = new ArrayList<>();
    if (top.containsKey("quasi_identifiants")) {
      for (Node n : sequence(top.get("quasi_identifiants"), "quasi_identifiants")) {
        String f = scalar(n, "quasi_identifiants");
        if (f.equals(Convention.FIRST_ENTRY)) {
          if (!startDatesLeave(policies)) {
            throw error(n, "« " + f + " » : la date de première entrée n'est pas transmise (measures.start_date est supprimé) ; retirez-la des quasi-identifiants.");
          }
          qis.add(f);
          continue;
        }
        if (CanonicalTable.PERSONS.field(f).isEmpty()) {
          throw error(n, "« " + f + " » n'est pas un champ de persons ; les quasi-identifiants sont des champs de la table persons, ou "
              + Convention.FIRST_ENTRY + ".");
        }
        FieldPolicy p = policies.getOrDefault(CanonicalTable.PERSONS, Map.of()).getOrDefault(f, FieldPolicy.DROP);
        if (p.action() == FieldPolicy.Action.PSEUDONYMISE) throw error(n, "« " + f + " » est pseudonymisé : ce n'est pas un quasi-identifiant.");
        if (p.exported()) qis.add(f);
      }
    } else {
      for (CanonicalField f : CanonicalTable.PERSONS.fields()) {
        FieldPolicy p = policies.getOrDefault(CanonicalTable.PERSONS, Map.of()).getOrDefault(f.name(), FieldPolicy.DROP);
        if (p.action() == FieldPolicy.Action.KEEP || p.action() == FieldPolicy.Action.GENERALISE) qis.add(f.name());
      }
      // The date of first entry is known to many (family, school): a quasi-identifier whenever it leaves.
      if (startDatesLeave(policies)) qis.add(Convention.FIRST_ENTRY);
    }
    return new Convention(source, id, title, controller, recipients, purpose, bases, period[0], period[1], agreement[0], agreement[1],
        retention, k, maxSup, ps, qis, policies, communes);
  }

  private static boolean startDatesLeave(Map<CanonicalTable, Map<String, FieldPolicy>> policies) {
    return policies.getOrDefault(CanonicalTable.MEASURES, Map.of()).getOrDefault("start_date", FieldPolicy.DROP).exported();
  }

  private Map<CanonicalTable, Map<String, FieldPolicy>> policies(Node node) {
    Map<CanonicalTable, Map<String, FieldPolicy>> out = new EnumMap<>(CanonicalTable.class);
    MappingNode m = mapping(node, "champs");
    for (NodeTuple t : m.getValue()) {
      String tableName = scalar(t.getKeyNode(), "champs");
      CanonicalTable table = CanonicalTable.byName(tableName).orElseThrow(() -> error(t.getKeyNode(),
          "table « " + tableName + " » inconnue. Tables du modèle : " + tableNames() + "."));
      if (out.containsKey(table)) throw error(t.getKeyNode(), "la table « " + tableName + " » apparaît deux fois.");
      Map<String, FieldPolicy> fields = new LinkedHashMap<>();
      for (NodeTuple f : mapping(t.getValueNode(), tableName).getValue()) {
        String fieldName = scalar(f.getKeyNode(), tableName);
        CanonicalField field = table.field(fieldName).orElseThrow(() -> error(f.getKeyNode(),
            "champ « " + fieldName + " » inconnu dans la table " + tableName + ". Champs de cette table : "
                + String.join(", ", table.fields().stream().map(CanonicalField::name).toList()) + "."));
        if (fields.containsKey(fieldName)) throw error(f.getKeyNode(), "le champ « " + fieldName + " » apparaît deux fois.");
        fields.put(fieldName, policy(f.getValueNode(), table, field));
      }
      FieldPolicy personId = fields.getOrDefault("person_id", FieldPolicy.DROP);
      if (personId.action() == FieldPolicy.Action.KEEP) {
        throw error(t.getValueNode(), "person_id de la table " + tableName + " ne peut pas être gardé tel quel : écrivez pseudonymiser.");
      }
      out.put(table, fields);
    }
    return out;
  }

  private FieldPolicy policy(Node n, CanonicalTable table, CanonicalField field) {
    String where = table.tableName() + "." + field.name();
    FieldPolicy p;
    if (n instanceof ScalarNode s) {
      p = switch (s.getValue()) {
        case "supprimer" -> FieldPolicy.DROP;
        case "garder" -> FieldPolicy.KEEP;
        case "pseudonymiser" -> FieldPolicy.PSEUDONYMISE;
        case "generaliser", "généraliser" -> throw error(n, where + " : précisez le niveau, par exemple { generaliser: mois } "
            + "(ou { generaliser: territoire } pour une commune).");
        default -> throw error(n, where + " : règle « " + s.getValue() + " » inconnue. Écrivez supprimer, pseudonymiser, garder ou "
            + "{ generaliser: mois|annee|periode_5ans|territoire }.");
      };
    } else if (n instanceof MappingNode m) {
      Map<String, Node> e = entries(m, Set.of("generaliser", "généraliser"), where);
      Node lv = e.containsKey("generaliser") ? e.get("generaliser") : e.get("généraliser");
      if (lv == null) throw error(n, where + " : écrivez { generaliser: mois }, { generaliser: annee } ou { generaliser: territoire }.");
      String w = scalar(lv, where);
      FieldPolicy.Level level = FieldPolicy.Level.byWord(w)
          .filter(l -> l == FieldPolicy.Level.MONTH || l == FieldPolicy.Level.YEAR || l == FieldPolicy.Level.FIVE_YEARS
              || l == FieldPolicy.Level.TERRITORY)
          .orElseThrow(() -> error(lv, where + " : niveau « " + w + " » inconnu. Écrivez mois, annee ou periode_5ans pour une date, "
              + "territoire pour une commune."));
      boolean commune = isCommune(field);
      if (level == FieldPolicy.Level.TERRITORY && !commune) {
        throw error(lv, where + " n'est pas une commune : seul un champ commune se généralise en territoire."
            + (field.type() == FieldType.DATE ? " Pour une date, écrivez mois, annee ou periode_5ans." : " Écrivez supprimer ou garder."));
      }
      if (level.date() && field.type() != FieldType.DATE) {
        throw error(lv, where + " n'est pas une date : « " + w + " » ne s'applique qu'aux dates."
            + (commune ? " Pour une commune, écrivez { generaliser: territoire }." : " Écrivez supprimer ou garder."));
      }
      p = FieldPolicy.generalise(level);
    } else {
      throw error(n, where + " : écrivez supprimer, pseudonymiser, garder ou { generaliser: mois|annee|periode_5ans|territoire }.");
    }
    if (p.action() == FieldPolicy.Action.PSEUDONYMISE && !field.name().endsWith("_id")) {
      throw error(n, where + " : seuls les identifiants (champs *_id) se pseudonymisent. Écrivez supprimer, garder ou généraliser.");
    }
    if (DIRECT_IDENTIFIERS.contains(field.name()) && p.exported()) {
      throw error(n, where + " est un identifiant direct (nom ou prénom) : il ne peut pas sortir. Écrivez supprimer.");
    }
    if (field.name().endsWith("_id") && p.action() == FieldPolicy.Action.KEEP) {
      throw error(n, where + " est un identifiant de la source : écrivez pseudonymiser ou supprimer.");
    }
    return p;
  }

  /** A commune field: free text holding a commune name (today {@code persons.birth_commune}). */
  private static boolean isCommune(CanonicalField field) {
    return field.type() == FieldType.TEXT && field.name().endsWith("_commune");
  }

  private Party party(Node n, String where) {
    Map<String, Node> e = entries(mapping(n, where), PARTY_KEYS, where);
    if (!e.containsKey("nom")) throw error(n, where + " : le nom est obligatoire.");
    String name = scalar(e.get("nom"), where);
    String code = e.containsKey("code") ? scalar(e.get("code"), where) : "responsable";
    if (!code.matches("[a-z0-9][a-z0-9_-]{0,31}")) {
      throw error(e.get("code"), "code « " + code + " » invalide : lettres minuscules, chiffres, - et _ (32 au plus).");
    }
    String contact = e.containsKey("contact") ? scalar(e.get("contact"), where) : null;
    Path key = e.containsKey("cle_publique") ? baseDir.resolve(scalar(e.get("cle_publique"), where)).normalize() : null;
    return new Party(code, name, contact, key);
  }

  private LocalDate[] interval(Node n, String where) {
    Map<String, Node> e = entries(mapping(n, where), Set.of("debut", "fin"), where);
    if (!e.containsKey("debut") || !e.containsKey("fin")) throw error(n, where + " : écrivez { debut: aaaa-mm-jj, fin: aaaa-mm-jj }.");
    LocalDate a = date(e.get("debut"), where);
    LocalDate b = date(e.get("fin"), where);
    if (b.isBefore(a)) throw error(e.get("fin"), where + " : la fin (" + b + ") précède le début (" + a + ").");
    return new LocalDate[] {a, b};
  }

  private LocalDate date(Node n, String where) {
    String v = scalar(n, where);
    try {
      return v.contains("/") ? LocalDate.parse(v, DateTimeFormatter.ofPattern("dd/MM/uuuu")) : LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw error(n, where + " : date « " + v + " » invalide ; écrivez aaaa-mm-jj (par exemple 2026-01-01).");
    }
  }

  private int integer(Node n, String where, int min, int max) {
    String v = scalar(n, where);
    try {
      int i = Integer.parseInt(v);
      if (i < min || i > max) throw error(n, where + " : " + i + " hors de l'intervalle [" + min + ", " + max + "].");
      return i;
    } catch (NumberFormatException e) {
      throw error(n, where + " : « " + v + " » n'est pas un nombre entier.");
    }
  }

  private double decimal(Node n, String where, double min, double max) {
    String v = scalar(n, where);
    try {
      double d = Double.parseDouble(v.replace(',', '.'));
      if (d < min || d > max) throw error(n, where + " : " + v + " hors de l'intervalle [" + min + ", " + max + "].");
      return d;
    } catch (NumberFormatException e) {
      throw error(n, where + " : « " + v + " » n'est pas un nombre (par exemple 0.05).");
    }
  }

  private Map<String, Node> entries(MappingNode m, Set<String> allowed, String where) {
    Map<String, Node> out = new LinkedHashMap<>();
    for (NodeTuple t : m.getValue()) {
      String k = scalar(t.getKeyNode(), where);
      if (!allowed.contains(k)) {
        throw error(t.getKeyNode(), "clé « " + k + " » inconnue dans " + where + ". Clés permises : " + String.join(", ", new java.util.TreeSet<>(allowed)) + ".");
      }
      if (out.containsKey(k)) throw error(t.getKeyNode(), "la clé « " + k + " » apparaît deux fois dans " + where + ".");
      out.put(k, t.getValueNode());
    }
    return out;
  }

  private MappingNode mapping(Node n, String where) {
    if (n instanceof MappingNode m) return m;
    throw error(n, where + " : un dictionnaire (clé: valeur) est attendu ici.");
  }

  private List<Node> sequence(Node n, String where) {
    if (n instanceof SequenceNode s) return s.getValue();
    throw error(n, where + " : une liste (- élément) est attendue ici.");
  }

  private String scalar(Node n, String where) {
    if (n instanceof ScalarNode s && !s.getValue().isBlank()) return s.getValue().strip();
    throw error(n, where + " : une valeur simple non vide est attendue ici.");
  }

  private ParcoursException error(Node n, String what) {
    Mark m = n.getStartMark();
    return new ParcoursException(origin + ", ligne " + (m.getLine() + 1) + ", colonne " + (m.getColumn() + 1) + " : " + what);
  }

  private static String tableNames() {
    List<String> names = new ArrayList<>();
    for (CanonicalTable t : CanonicalTable.values()) names.add(t.tableName());
    return String.join(", ", names);
  }
}
