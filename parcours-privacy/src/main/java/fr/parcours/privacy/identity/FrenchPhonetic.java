package fr.parcours.privacy.identity;

/**
 * A phonetic key for French names, so that spellings of the same sound give the same key
 * (Lefèvre, Lefebvre, Lefeuvre; Dupont, Dupond; Mohamed, Mohammed, Muhammad).
 *
 * <p>The idea is the one of Soundex2 (F. Brouard, 1998) and of Phonex (F. Brouard), adapted: keep
 * the consonant skeleton after French spelling rules, keep where the word starts and ends with a
 * vowel, and drop the vowels in between, whose spelling varies most. Unlike Soundex2 the key is not
 * cut to 4 characters: it feeds a keyed hash together with the birth date, and a longer key makes
 * fewer false merges. The steps (documented with examples in {@code docs/pseudonymisation.md}):
 *
 * <ol>
 *   <li>Input is {@link FrenchNames#fold folded} (upper-case ASCII); spaces are ignored.
 *   <li>Digraphs become one sound: EAU, AU → o; OU → u; OI → a; AI, EI, EU, OE → è; SCH, SH, CH → X
 *       (but CHR, CHL → K: Christophe, Chloé); PH → F; TH → T; GN → N; QU, Q, CK → K; C before
 *       E/I/Y → S, else K; GU before E/I/Y → G; G before E/I/Y → J; W → V; Z → S; X → KS, final X
 *       → S; BV → V (Lefebvre); Y → i; H is dropped, except after a vowel and before a consonant
 *       (Ahmed, Mahmoud).
 *   <li>Doubled symbols are merged (Mohammed → Mohamed).
 *   <li>Silent endings: a final S is dropped; then a final e after a vowel is dropped (Marie,
 *       Chloé), a final e after a consonant is a mute e, kept as a mark (Martine ≠ Martin, Jeanne ≠
 *       Jean, Louise ≠ Louis); without mute e, a final T is dropped, and a final D after N or R
 *       (Dupond, Bernard).
 *   <li>Key = the class of the initial vowel if the word starts with one, then the consonants, then
 *       the class of the final vowel if it ends with one, then {@code e} for a mute e.
 * </ol>
 *
 * <p>Known merges, accepted: Simon/Simone differ, but Thomas/Tomas, René/Renée, Mathis/Mathys
 * merge, as they should; Martinez/Martine (mute e, final Z dropped) merge, as do names that differ
 * only by inner vowels (Bernard/Bernardo do not: final vowel). Pure, thread-safe, allocation-light.
 */
public final class FrenchPhonetic {
  private FrenchPhonetic() {}

  /** Symbol of the open e sound (è, ai, ei…); shared with {@link IdentityKeyWriter}, which must give the same keys. */
  static final char OPEN_E = '3';

  /** The phonetic key of a name (any spelling; folded here). Empty for an empty name. */
  public static String key(String name) {
    String w = FrenchNames.fold(name);
    return keyOfFolded(w);
  }

  /** The phonetic key of an already {@link FrenchNames#fold folded} name. */
  public static String keyOfFolded(String folded) {
    int n = folded.length();
    StringBuilder s = new StringBuilder(n + 2);
    for (int i = 0; i < n; ) {
      char c = folded.charAt(i);
      if (c < 'A' || c > 'Z') {
        i++;
        continue;
      }
      char n1 = at(folded, i + 1);
      char n2 = at(folded, i + 2);
      switch (c) {
        case 'E' -> {
          if (n1 == 'A' && n2 == 'U') {
            s.append('o');
            i += 3;
          } else if (n1 == 'I' || n1 == 'U') {
            s.append(OPEN_E);
            i += 2;
          } else {
            s.append('e');
            i++;
          }
        }
        case 'A' -> {
          if (n1 == 'U') {
            s.append('o');
            i += 2;
          } else if (n1 == 'I') {
            s.append(OPEN_E);
            i += 2;
          } else {
            s.append('a');
            i++;
          }
        }
        case 'O' -> {
          if (n1 == 'U') {
            s.append('u');
            i += 2;
          } else if (n1 == 'I') {
            s.append('a');
            i += 2;
          } else if (n1 == 'E') {
            s.append(OPEN_E);
            i += 2;
          } else {
            s.append('o');
            i++;
          }
        }
        case 'I', 'Y' -> {
          s.append('i');
          i++;
        }
        case 'U' -> {
          s.append('u');
          i++;
        }
        case 'H' -> {
          if (s.length() > 0 && isVowel(s.charAt(s.length() - 1)) && n1 != 0 && !isVowelLetter(n1)) s.append('H');
          i++;
        }
        case 'S' -> {
          if (n1 == 'C' && n2 == 'H') {
            s.append('X');
            i += 3;
          } else if (n1 == 'H') {
            s.append('X');
            i += 2;
          } else {
            s.append('S');
            i++;
          }
        }
        case 'C' -> {
          if (n1 == 'H') {
            s.append(n2 == 'R' || n2 == 'L' ? 'K' : 'X');
            i += 2;
          } else if (n1 == 'K') {
            s.append('K');
            i += 2;
          } else if (n1 == 'E' || n1 == 'I' || n1 == 'Y') {
            s.append('S');
            i++;
          } else {
            s.append('K');
            i++;
          }
        }
        case 'P' -> {
          s.append(n1 == 'H' ? 'F' : 'P');
          i += n1 == 'H' ? 2 : 1;
        }
        case 'T' -> {
          s.append('T');
          i += n1 == 'H' ? 2 : 1;
        }
        case 'G' -> {
          if (n1 == 'N') {
            s.append('N');
            i += 2;
          } else if (n1 == 'U' && (n2 == 'E' || n2 == 'I' || n2 == 'Y')) {
            s.append('G');
            i += 2;
          } else if (n1 == 'E' || n1 == 'I' || n1 == 'Y') {
            s.append('J');
            i++;
          } else {
            s.append('G');
            i++;
          }
        }
        case 'Q' -> {
          s.append('K');
          i += n1 == 'U' ? 2 : 1;
        }
        case 'W' -> {
          s.append('V');
          i++;
        }
        case 'Z' -> {
          s.append('S');
          i++;
        }
        case 'X' -> {
          if (n1 == 0) s.append('S');
          else s.append("KS");
          i++;
        }
        case 'B' -> {
          if (n1 != 'V') s.append('B');
          i++;
        }
        default -> {
          s.append(c);
          i++;
        }
      }
    }
    // Merge doubled symbols.
    int len = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (len == 0 || s.charAt(len - 1) != c) s.setCharAt(len++, c);
    }
    s.setLength(len);
    // Silent endings.
    if (len > 1 && s.charAt(len - 1) == 'S') s.setLength(--len);
    boolean muteE = false;
    if (len > 1 && s.charAt(len - 1) == 'e') {
      muteE = !isVowel(s.charAt(len - 2));
      s.setLength(--len);
    }
    if (!muteE) {
      if (len > 1 && s.charAt(len - 1) == 'T') s.setLength(--len);
      if (len > 1 && s.charAt(len - 1) == 'D' && (s.charAt(len - 2) == 'N' || s.charAt(len - 2) == 'R')) s.setLength(--len);
    }
    if (len == 0) return muteE ? "e" : "";
    StringBuilder key = new StringBuilder(len + 2);
    if (isVowel(s.charAt(0))) key.append(vowelClass(s.charAt(0)));
    for (int i = 0; i < len; i++) {
      char c = s.charAt(i);
      if (!isVowel(c)) key.append(c);
    }
    char last = s.charAt(len - 1);
    if (len > 1 && isVowel(last)) key.append(vowelClass(last));
    if (muteE) key.append('e');
    return key.toString();
  }

  private static char at(String s, int i) {
    return i < s.length() ? s.charAt(i) : 0;
  }

  static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == OPEN_E;
  }

  static boolean isVowelLetter(char c) {
    return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U' || c == 'Y';
  }

  static char vowelClass(char c) {
    return c == OPEN_E ? 'E' : Character.toUpperCase(c);
  }
}
