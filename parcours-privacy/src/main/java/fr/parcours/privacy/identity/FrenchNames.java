package fr.parcours.privacy.identity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalisation of French names, as written in case-management software: case, accents,
 * ligatures, apostrophes, hyphens, particles, compound names, the first of several given names.
 *
 * <p>Family names: every token is kept and glued together ({@code "de la Fontaine"},
 * {@code "DELAFONTAINE"} and {@code "FONTAINE (de la)"} all give {@code DELAFONTAINE}), because a
 * source that glued a particle cannot be un-glued, while a spaced one can always be glued. A
 * particle written after the name, in brackets or at the end, is moved to the front first.
 *
 * <p>Given names: the first given name is the first token of the field, where tokens are
 * separated by spaces, commas, slashes and hyphens ({@code "Marie-Ève"}, {@code "Marie Eve"},
 * {@code "MARIE, Eve"} all give {@code MARIE}). This merges compound given names that share their
 * first part (Jean-Pierre, Jean-Marc); the pseudonym also holds the family name and the full birth
 * date, so only twins of the same family name with such names would collide (documented in
 * {@code docs/pseudonymisation.md}).
 *
 * <p>All methods are pure and thread-safe; null or blank input gives the empty string.
 */
public final class FrenchNames {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  static final Set<String> PARTICLES =
      Set.of("DE", "DU", "D", "DES", "LE", "LA", "LES", "L", "DI", "DA", "DEL", "DELA", "VAN", "VON", "DER", "DEN", "MC", "MAC");
  private static final Pattern BRACKETED = Pattern.compile("^(.*)\\(([^)]*)\\)\\s*$");

  private FrenchNames() {}

  /**
   * Upper-case ASCII letters and single spaces: accents and cedillas removed, ligatures expanded
   * (Œ → OE, Æ → AE, ß → SS), apostrophes removed (N'Diaye → NDIAYE), hyphens, dots, commas and
   * other punctuation turned into spaces, digits dropped.
   */
  public static String fold(String s) {
    if (s == null) return "";
    StringBuilder out = new StringBuilder(s.length() + 2);
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'a' && c <= 'z') {
        out.append((char) (c - 32));
        space = false;
      } else if (c >= 'A' && c <= 'Z') {
        out.append(c);
        space = false;
      } else if (c == '(' || c == ')') {
        if (!space) out.append(' ');
        out.append(c);
        space = true;
      } else if (APOSTROPHES.indexOf(c) >= 0) {
        // N'Diaye → NDIAYE
      } else if (c >= 0xC0) {
        String folded = foldLetter(c);
        if (folded.isEmpty()) {
          if (!space) out.append(' ');
          space = true;
        } else {
          out.append(folded);
          space = false;
        }
      } else if (!(c >= '0' && c <= '9') && !space) {
        out.append(' ');
        space = true;
      }
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == ' ') end--;
    out.setLength(end);
    return out.toString();
  }

  static final String APOSTROPHES = "'’‘`´ʼ";

  private static final String[] LATIN = new String[0x250 - 0xC0];

  static {
    for (int c = 0xC0; c < 0x250; c++) LATIN[c - 0xC0] = foldLetterSlow((char) c);
  }

  /** Upper-case ASCII for one non-ASCII letter; empty when it is not a letter. */
  static String foldLetter(char c) {
    if (c < 0x250) return LATIN[c - 0xC0];
    return foldLetterSlow(c);
  }

  private static String foldLetterSlow(char c) {
    switch (c) {
      case 'œ', 'Œ': return "OE";
      case 'æ', 'Æ': return "AE";
      case 'ß': return "SS";
      case 'ø', 'Ø': return "O";
      case 'đ', 'Đ': return "D";
      case 'ł', 'Ł': return "L";
      default: break;
    }
    if (!Character.isLetter(c)) return "";
    String base = MARKS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)).replaceAll("");
    StringBuilder b = new StringBuilder(1);
    for (int i = 0; i < base.length(); i++) {
      char u = Character.toUpperCase(base.charAt(i));
      if (u >= 'A' && u <= 'Z') b.append(u);
    }
    return b.toString();
  }

  /** Normalised family name: folded, particles in front, all tokens glued (see class comment). */
  public static String familyName(String s) {
    String f = fold(s);
    if (f.isEmpty()) return "";
    if (f.indexOf('(') >= 0 || f.indexOf(')') >= 0) {
      var m = BRACKETED.matcher(f);
      if (m.matches()) f = (m.group(2).trim() + " " + m.group(1).trim()).trim();
      f = f.replace("(", " ").replace(")", " ").trim().replaceAll(" +", " ");
      if (f.isEmpty()) return "";
    }
    int sp = f.indexOf(' ');
    if (sp < 0) return f;
    List<String> tokens = new ArrayList<>(List.of(f.split(" ")));
    // "FONTAINE DE LA" → "DE LA FONTAINE": trailing particles go to the front.
    int firstTrailing = tokens.size();
    while (firstTrailing > 1 && PARTICLES.contains(tokens.get(firstTrailing - 1))) firstTrailing--;
    if (firstTrailing < tokens.size()) {
      List<String> moved = new ArrayList<>(tokens.subList(firstTrailing, tokens.size()));
      moved.addAll(tokens.subList(0, firstTrailing));
      tokens = moved;
    }
    return String.join("", tokens);
  }

  /** The first given name, folded (see class comment). */
  public static String firstGivenName(String s) {
    String f = fold(s);
    if (f.indexOf('(') >= 0 || f.indexOf(')') >= 0) f = f.replace("(", " ").replace(")", " ").trim();
    if (f.isEmpty()) return "";
    int sp = f.indexOf(' ');
    return sp < 0 ? f : f.substring(0, sp);
  }

  /** Articles a commune name may carry in brackets at its end, as INSEE writes them: {@code "Mulatière (La)"}. */
  private static final Set<String> COMMUNE_ARTICLES = Set.of("LE", "LA", "LES", "L");
  /** {@code "Lyon 3e"}, {@code "Paris 15ème arrondissement"}, {@code "Marseille 01"}: the arrondissement number and word. */
  private static final Pattern ARRONDISSEMENT =
      Pattern.compile("(?iu)\\s+\\d{1,2}\\s*(?:e|er|ère|ere|eme|ème|è|ième|ieme)?(?:\\s+arr(?:ondissement|t|\\.)?)?\\s*$");

  /**
   * Normalised commune name, to match a free-text birth commune against a list: folded as
   * {@link #fold} (case, accents, apostrophes, hyphens), abbreviations {@code St}/{@code Ste}
   * written out ({@code Saint}/{@code Sainte}), an article in brackets at the end moved to the
   * front ({@code "Mulatière (La)"} = {@code "La Mulatière"}), other brackets kept as words
   * ({@code "Conakry (Guinée)"} = {@code "Conakry Guinée"}), an arrondissement number dropped
   * ({@code "Lyon 3e"} = {@code "Lyon"}), and all words glued ({@code "Vaulx en Velin"} =
   * {@code "VAULX-EN-VELIN"} = {@code VAULXENVELIN}). Null or blank gives the empty string.
   */
  public static String commune(String s) {
    if (s == null || s.isBlank()) return "";
    String f = fold(ARRONDISSEMENT.matcher(s.strip()).replaceFirst(""));
    if (f.indexOf('(') >= 0 || f.indexOf(')') >= 0) {
      var m = BRACKETED.matcher(f);
      if (m.matches() && !m.group(2).isBlank() && COMMUNE_ARTICLES.containsAll(List.of(m.group(2).trim().split(" ")))) {
        f = m.group(2).trim() + " " + m.group(1).trim();
      }
      f = f.replace("(", " ").replace(")", " ").trim();
    }
    StringBuilder out = new StringBuilder(f.length() + 8);
    for (String token : f.split(" +")) {
      switch (token) {
        case "ST" -> out.append("SAINT");
        case "STE" -> out.append("SAINTE");
        default -> out.append(token);
      }
    }
    return out.toString();
  }

  /** The name to identify a person by: the birth name, or the used name when the birth name is missing. */
  public static String identifyingFamilyName(String birthName, String usageName) {
    String b = familyName(birthName);
    return b.isEmpty() ? familyName(usageName) : b;
  }
}
