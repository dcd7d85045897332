package fr.parcours.privacy.convention;

import fr.parcours.model.Nomenclatures;
import fr.parcours.model.ParcoursException;
import fr.parcours.privacy.identity.FrenchNames;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The correspondence commune → territory that {@code { generaliser: territoire }} applies to a
 * commune field: a {@code ;}-separated UTF-8 file {@code commune;territoire}, one commune a line
 * ({@code #} starts a comment line). Territories are codes of {@code territoires.csv}, or
 * {@link #OUTSIDE} for a commune outside the département. Communes are matched on
 * {@link FrenchNames#commune} (case, accents, hyphens, {@code St}/{@code Saint}…), so a line may
 * be written in any spelling and extra spellings may be added as extra lines. A blank commune, or
 * one the file does not name, generalises to null: the caller counts those, never lists them.
 *
 * <p>The project ships the correspondence of the demo's fictional métropole
 * ({@value #BUILT_IN}); a convention names its own with {@code correspondance_communes}. Immutable.
 */
public final class CommuneTerritories {
  /** The built-in correspondence, a resource of this package. */
  public static final String BUILT_IN = "communes_territoires.csv";
  /** The territory of a commune outside the département. */
  public static final String OUTSIDE = "HORS_METROPOLE";

  private static volatile CommuneTerritories builtIn;

  private final String origin;
  private final Map<String, String> byKey;

  private CommuneTerritories(String origin, Map<String, String> byKey) {
    this.origin = origin;
    this.byKey = Map.copyOf(byKey);
  }

  /** The demo métropole's correspondence, shipped in the jar. */
  public static CommuneTerritories builtIn() {
    CommuneTerritories b = builtIn;
    if (b == null) {
      try (InputStream in = CommuneTerritories.class.getResourceAsStream(BUILT_IN)) {
        if (in == null) throw new IllegalStateException("resource missing: " + BUILT_IN);
        b = parse(new InputStreamReader(in, StandardCharsets.UTF_8), BUILT_IN, true);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      builtIn = b;
    }
    return b;
  }

  /** Reads a correspondence file; every error names the file and the line. */
  public static CommuneTerritories load(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(r, file.toString(), false);
    } catch (NoSuchFileException e) {
      throw new ParcoursException("Correspondance des communes introuvable : " + file + ".");
    } catch (MalformedInputException e) {
      throw new ParcoursException("La correspondance des communes " + file + " n'est pas en UTF-8 : enregistrez-la en UTF-8.");
    } catch (IOException e) {
      throw new ParcoursException("Lecture impossible de la correspondance des communes " + file + " : " + e.getMessage(), e);
    }
  }

  /** Parses correspondence text (tests). */
  public static CommuneTerritories parse(String text, String origin) {
    try {
      return parse(new java.io.StringReader(text), origin, false);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static CommuneTerritories parse(Reader reader, String origin, boolean builtIn) throws IOException {
    BufferedReader in = new BufferedReader(reader);
    Map<String, String> byKey = new HashMap<>();
    Map<String, Integer> lineOf = new HashMap<>();
    boolean header = false;
    int lineNo = 0;
    for (String line; (line = in.readLine()) != null; ) {
      lineNo++;
      if (lineNo == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
      if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
      String where = origin + ", ligne " + lineNo;
      if (!header) {
        if (!line.strip().equalsIgnoreCase("commune;territoire")) {
          throw new ParcoursException(where + ", colonne 1 : la première ligne doit être l'en-tête « commune;territoire » (lu : « " + line.strip() + " »).");
        }
        header = true;
        continue;
      }
      String[] cells = line.split(";", -1);
      if (cells.length != 2) {
        throw new ParcoursException(where + ", colonne 1 : deux colonnes attendues (commune;territoire), " + cells.length + " lues.");
      }
      String commune = cells[0].strip();
      String territory = cells[1].strip();
      int territoryColumn = cells[0].length() + 2;
      String key = FrenchNames.commune(commune);
      if (key.isEmpty()) throw new ParcoursException(where + ", colonne 1 : nom de commune vide ou sans lettre.");
      if (!territory.equals(OUTSIDE) && !Nomenclatures.TERRITORIES.contains(territory)) {
        throw new ParcoursException(where + ", colonne " + territoryColumn + " : territoire « " + territory + " » inconnu. Écrivez un code de "
            + "territoires.csv (" + String.join(", ", Nomenclatures.TERRITORIES.codes()) + ") ou " + OUTSIDE + ".");
      }
      String previous = byKey.putIfAbsent(key, territory);
      if (previous != null && !previous.equals(territory)) {
        throw new ParcoursException(where + ", colonne 1 : « " + commune + " » est déjà rattachée au territoire " + previous + " (ligne "
            + lineOf.get(key) + ") ; une commune n'a qu'un territoire.");
      }
      lineOf.putIfAbsent(key, lineNo);
    }
    if (!header || byKey.isEmpty()) {
      throw new ParcoursException(origin + " : la correspondance des communes est vide ; écrivez l'en-tête « commune;territoire » puis une ligne par commune.");
    }
    return new CommuneTerritories(builtIn ? "correspondance intégrée (métropole de démonstration)" : origin, byKey);
  }

  /** The territory code of {@code commune}, {@link #OUTSIDE} for a commune outside; null when blank or not in the file. */
  public String territory(String commune) {
    String key = FrenchNames.commune(commune);
    return key.isEmpty() ? null : byKey.get(key);
  }

  /** Where the correspondence comes from (file path, or the built-in one), in French. */
  public String origin() {
    return origin;
  }

  /** Number of distinct (normalised) commune names. */
  public int size() {
    return byKey.size();
  }

  /** The territory codes used, sorted. */
  public java.util.SortedSet<String> territories() {
    return new TreeSet<>(byKey.values());
  }
}
