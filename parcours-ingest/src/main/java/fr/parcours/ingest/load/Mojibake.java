package fr.parcours.ingest.load;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Repairs text that was written in UTF-8 but read as Windows-1252 ("Ã©" for "é"), which mixed
 * exports produce. A value is repaired only if its Windows-1252 bytes form valid UTF-8, which
 * ordinary French text never does.
 */
final class Mojibake {
  private static final Charset CP1252 = Charset.forName("windows-1252");

  private Mojibake() {}

  /** The repaired text, or null when the value does not look like mojibake. */
  static String repair(String s) {
    boolean suspect = false;
    for (int i = 0; i < s.length() - 1; i++) {
      char c = s.charAt(i);
      if (c == 'Ã' || c == 'Â' || c == 'Å' || c == 'Ä' || c == 'â') {
        suspect = true;
        break;
      }
    }
    if (!suspect) return null;
    var enc = CP1252.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT);
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    try {
      ByteBuffer bytes = enc.encode(java.nio.CharBuffer.wrap(s));
      String repaired = dec.decode(bytes).toString();
      return repaired.equals(s) ? null : repaired;
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
