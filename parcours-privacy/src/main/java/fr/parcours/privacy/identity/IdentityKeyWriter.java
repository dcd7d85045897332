package fr.parcours.privacy.identity;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The fast path of {@link IdentityKeys#both}: the same two key strings, written as bytes into
 * buffers this object reuses, without the intermediate strings of the plain path (folded names,
 * family name tokens, phonetic symbols, concatenations). Each name is folded into a char buffer,
 * reduced in place to its identifying form (family name glued, or first given name), and its
 * phonetic key is appended straight to the key bytes. The rare shapes (brackets, a particle
 * written after the family name) go through the plain {@link FrenchNames} methods.
 *
 * <p>The result is byte-for-byte the UTF-8 of {@link IdentityKeys#personKey} and {@link
 * IdentityKeys#olinpeKey}; {@code IdentityKeyWriterTest} checks it on random identities (jqwik).
 * Not thread-safe: one instance per thread.
 */
public final class IdentityKeyWriter {
  private static final String[] PARTICLES = FrenchNames.PARTICLES.toArray(new String[0]);

  private char[] fold = new char[64];
  private char[] work = new char[64];
  private char[] first = new char[64];
  private char[] key = new char[64];
  private int firstLen;
  private byte[] person = new byte[128];
  private int personLen;
  private byte[] olinpe = new byte[128];
  private int olinpeLen;

  /** Computes both keys of {@code p}; read them with the accessors until the next call. */
  public void write(PersonIdentity p) {
    // First given name → its phonetic key, kept for both keys.
    int n = foldName(p.firstNames());
    int start = 0;
    while (start < n && !isLetter(fold[start])) start++;
    int end = start;
    while (end < n && isLetter(fold[end])) end++;
    if (first.length < 2 * (end - start) + 3) first = new char[2 * (end - start) + 3];
    firstLen = phonetic(fold, start, end, first, 0);

    LocalDate d = p.birthDate();
    // Person key: P1|family|first|yyyy-MM-dd, absent when one part is missing.
    personLen = -1;
    if (firstLen > 0 && d != null) {
      int k = familyPhonetic(p.birthName());
      if (k < 0) k = familyPhonetic(p.usageName());
      if (k > 0) {
        person = ensure(person, k + firstLen + 32);
        int at = put(person, 0, "P1|");
        at = putChars(person, at, key, k);
        person[at++] = '|';
        at = putChars(person, at, first, firstLen);
        person[at++] = '|';
        personLen = putIsoDate(at, d);
      }
    }
    // OLINPE key: O1|first|MM|yyyy|mother.
    olinpe = ensure(olinpe, firstLen + 24);
    int at = put(olinpe, 0, "O1|");
    at = putChars(olinpe, at, first, firstLen);
    olinpe[at++] = '|';
    if (d == null) {
      at = put(olinpe, at, "99|9999|");
    } else {
      int m = d.getMonthValue();
      olinpe[at++] = (byte) ('0' + m / 10);
      olinpe[at++] = (byte) ('0' + m % 10);
      olinpe[at++] = '|';
      int y = d.getYear();
      if (y >= 1000 && y <= 9999) {
        at = put4(olinpe, at, y);
      } else {
        at = put(olinpe, at, Integer.toString(y));
      }
      olinpe[at++] = '|';
    }
    int k = Math.max(0, familyPhonetic(p.motherBirthName()));
    olinpe = ensure(olinpe, at + k);
    olinpeLen = putChars(olinpe, at, key, k);
  }

  /** Bytes of the person key (valid up to {@link #personKeyLength()}); the buffer is reused. */
  public byte[] personKey() {
    return person;
  }

  /** Length of the person key, or -1 when it is absent (family name, first name or birth date missing). */
  public int personKeyLength() {
    return personLen;
  }

  public byte[] olinpeKey() {
    return olinpe;
  }

  public int olinpeKeyLength() {
    return olinpeLen;
  }

  /** The person key as a string, or null when absent (tests, rare callers). */
  public String personKeyString() {
    return personLen < 0 ? null : new String(person, 0, personLen, StandardCharsets.US_ASCII);
  }

  public String olinpeKeyString() {
    return new String(olinpe, 0, olinpeLen, StandardCharsets.US_ASCII);
  }

  /**
   * Phonetic key of the normalised family name of {@code name}, written at the start of {@code
   * key}; returns its length, or -1 when the normalised name is empty.
   */
  private int familyPhonetic(String name) {
    int n = foldName(name);
    if (n == 0) return -1;
    boolean space = false;
    for (int i = 0; i < n; i++) {
      char c = fold[i];
      if (c == '(' || c == ')') return plainFamily(name);
      if (c == ' ') space = true;
    }
    if (space) {
      // A trailing particle moves to the front: rare, plain path.
      int last = n;
      while (fold[last - 1] != ' ') last--;
      if (isParticle(fold, last, n)) return plainFamily(name);
      int w = 0;
      for (int i = 0; i < n; i++) if (fold[i] != ' ') fold[w++] = fold[i];
      n = w;
    }
    return phoneticToKey(n);
  }

  private int plainFamily(String name) {
    String f = FrenchNames.familyName(name);
    if (f.isEmpty()) return -1;
    if (fold.length < f.length()) fold = new char[f.length() * 2];
    f.getChars(0, f.length(), fold, 0);
    return phoneticToKey(f.length());
  }

  /** Phonetic key of fold[0, n) into the start of {@code key}. */
  private int phoneticToKey(int n) {
    if (key.length < 2 * n + 3) key = new char[2 * n + 3];
    return phonetic(fold, 0, n, key, 0);
  }

  private static boolean isParticle(char[] a, int from, int to) {
    outer:
    for (String p : PARTICLES) {
      if (p.length() != to - from) continue;
      for (int i = 0; i < p.length(); i++) if (p.charAt(i) != a[from + i]) continue outer;
      return true;
    }
    return false;
  }

  private static boolean isLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** {@link FrenchNames#fold} into {@code fold}; returns the length. */
  private int foldName(String s) {
    if (s == null) return 0;
    int len = s.length();
    if (fold.length < 3 * len + 2) fold = new char[3 * len + 2];
    char[] out = fold;
    int n = 0;
    boolean space = true;
    for (int i = 0; i < len; i++) {
      char c = s.charAt(i);
      if (c >= 'a' && c <= 'z') {
        out[n++] = (char) (c - 32);
        space = false;
      } else if (c >= 'A' && c <= 'Z') {
        out[n++] = c;
        space = false;
      } else if (c == '(' || c == ')') {
        if (!space) out[n++] = ' ';
        out[n++] = c;
        space = true;
      } else if (FrenchNames.APOSTROPHES.indexOf(c) >= 0) {
        // removed
      } else if (c >= 0xC0) {
        String folded = FrenchNames.foldLetter(c);
        if (folded.isEmpty()) {
          if (!space) out[n++] = ' ';
          space = true;
        } else {
          if (n + folded.length() + 2 > out.length) out = fold = Arrays.copyOf(out, out.length * 2 + folded.length());
          for (int j = 0; j < folded.length(); j++) out[n++] = folded.charAt(j);
          space = false;
        }
      } else if (!(c >= '0' && c <= '9') && !space) {
        out[n++] = ' ';
        space = true;
      }
    }
    while (n > 0 && out[n - 1] == ' ') n--;
    return n;
  }

  /**
   * {@link FrenchPhonetic#keyOfFolded} of {@code in[from, to)}, written to {@code out} at {@code
   * pos}; returns the end position. Same steps, on arrays.
   */
  private int phonetic(char[] in, int from, int to, char[] out, int pos) {
    if (work.length < 2 * (to - from) + 2) work = new char[2 * (to - from) + 2];
    char[] s = work;
    int len = 0;
    for (int i = from; i < to; ) {
      char c = in[i];
      if (c < 'A' || c > 'Z') {
        i++;
        continue;
      }
      char n1 = i + 1 < to ? in[i + 1] : 0;
      char n2 = i + 2 < to ? in[i + 2] : 0;
      switch (c) {
        case 'E' -> {
          if (n1 == 'A' && n2 == 'U') {
            s[len++] = 'o';
            i += 3;
          } else if (n1 == 'I' || n1 == 'U') {
            s[len++] = FrenchPhonetic.OPEN_E;
            i += 2;
          } else {
            s[len++] = 'e';
            i++;
          }
        }
        case 'A' -> {
          if (n1 == 'U') {
            s[len++] = 'o';
            i += 2;
          } else if (n1 == 'I') {
            s[len++] = FrenchPhonetic.OPEN_E;
            i += 2;
          } else {
            s[len++] = 'a';
            i++;
          }
        }
        case 'O' -> {
          if (n1 == 'U') {
            s[len++] = 'u';
            i += 2;
          } else if (n1 == 'I') {
            s[len++] = 'a';
            i += 2;
          } else if (n1 == 'E') {
            s[len++] = FrenchPhonetic.OPEN_E;
            i += 2;
          } else {
            s[len++] = 'o';
            i++;
          }
        }
        case 'I', 'Y' -> {
          s[len++] = 'i';
          i++;
        }
        case 'U' -> {
          s[len++] = 'u';
          i++;
        }
        case 'H' -> {
          if (len > 0 && FrenchPhonetic.isVowel(s[len - 1]) && n1 != 0 && !FrenchPhonetic.isVowelLetter(n1)) s[len++] = 'H';
          i++;
        }
        case 'S' -> {
          if (n1 == 'C' && n2 == 'H') {
            s[len++] = 'X';
            i += 3;
          } else if (n1 == 'H') {
            s[len++] = 'X';
            i += 2;
          } else {
            s[len++] = 'S';
            i++;
          }
        }
        case 'C' -> {
          if (n1 == 'H') {
            s[len++] = n2 == 'R' || n2 == 'L' ? 'K' : 'X';
            i += 2;
          } else if (n1 == 'K') {
            s[len++] = 'K';
            i += 2;
          } else if (n1 == 'E' || n1 == 'I' || n1 == 'Y') {
            s[len++] = 'S';
            i++;
          } else {
            s[len++] = 'K';
            i++;
          }
        }
        case 'P' -> {
          s[len++] = n1 == 'H' ? 'F' : 'P';
          i += n1 == 'H' ? 2 : 1;
        }
        case 'T' -> {
          s[len++] = 'T';
          i += n1 == 'H' ? 2 : 1;
        }
        case 'G' -> {
          if (n1 == 'N') {
            s[len++] = 'N';
            i += 2;
          } else if (n1 == 'U' && (n2 == 'E' || n2 == 'I' || n2 == 'Y')) {
            s[len++] = 'G';
            i += 2;
          } else if (n1 == 'E' || n1 == 'I' || n1 == 'Y') {
            s[len++] = 'J';
            i++;
          } else {
            s[len++] = 'G';
            i++;
          }
        }
        case 'Q' -> {
          s[len++] = 'K';
          i += n1 == 'U' ? 2 : 1;
        }
        case 'W' -> {
          s[len++] = 'V';
          i++;
        }
        case 'Z' -> {
          s[len++] = 'S';
          i++;
        }
        case 'X' -> {
          if (n1 == 0) {
            s[len++] = 'S';
          } else {
            s[len++] = 'K';
            s[len++] = 'S';
          }
          i++;
        }
        case 'B' -> {
          if (n1 != 'V') s[len++] = 'B';
          i++;
        }
        default -> {
          s[len++] = c;
          i++;
        }
      }
    }
    // Merge doubled symbols.
    int m = 0;
    for (int i = 0; i < len; i++) {
      char c = s[i];
      if (m == 0 || s[m - 1] != c) s[m++] = c;
    }
    len = m;
    // Silent endings.
    if (len > 1 && s[len - 1] == 'S') len--;
    boolean muteE = false;
    if (len > 1 && s[len - 1] == 'e') {
      muteE = !FrenchPhonetic.isVowel(s[len - 2]);
      len--;
    }
    if (!muteE) {
      if (len > 1 && s[len - 1] == 'T') len--;
      if (len > 1 && s[len - 1] == 'D' && (s[len - 2] == 'N' || s[len - 2] == 'R')) len--;
    }
    if (len == 0) {
      if (muteE) out[pos++] = 'e';
      return pos;
    }
    if (FrenchPhonetic.isVowel(s[0])) out[pos++] = FrenchPhonetic.vowelClass(s[0]);
    for (int i = 0; i < len; i++) {
      char c = s[i];
      if (!FrenchPhonetic.isVowel(c)) out[pos++] = c;
    }
    char last = s[len - 1];
    if (len > 1 && FrenchPhonetic.isVowel(last)) out[pos++] = FrenchPhonetic.vowelClass(last);
    if (muteE) out[pos++] = 'e';
    return pos;
  }

  private int putIsoDate(int at, LocalDate d) {
    int y = d.getYear();
    if (y < 0 || y > 9999) return put(person, at, d.toString());
    at = put4(person, at, y);
    person[at++] = '-';
    int m = d.getMonthValue();
    person[at++] = (byte) ('0' + m / 10);
    person[at++] = (byte) ('0' + m % 10);
    person[at++] = '-';
    int day = d.getDayOfMonth();
    person[at++] = (byte) ('0' + day / 10);
    person[at++] = (byte) ('0' + day % 10);
    return at;
  }

  private static int put4(byte[] b, int at, int v) {
    b[at] = (byte) ('0' + v / 1000);
    b[at + 1] = (byte) ('0' + v / 100 % 10);
    b[at + 2] = (byte) ('0' + v / 10 % 10);
    b[at + 3] = (byte) ('0' + v % 10);
    return at + 4;
  }

  private static int put(byte[] b, int at, String ascii) {
    for (int i = 0; i < ascii.length(); i++) b[at + i] = (byte) ascii.charAt(i);
    return at + ascii.length();
  }

  private static int putChars(byte[] b, int at, char[] c, int n) {
    for (int i = 0; i < n; i++) b[at + i] = (byte) c[i];
    return at + n;
  }

  private static byte[] ensure(byte[] b, int n) {
    return b.length >= n ? b : Arrays.copyOf(b, Math.max(n, b.length * 2));
  }
}
