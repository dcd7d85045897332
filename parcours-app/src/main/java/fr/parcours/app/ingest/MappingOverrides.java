package fr.parcours.app.ingest;

import fr.parcours.ingest.mapping.SourceMapping;
import fr.parcours.model.ParcoursException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;

/** Applies command-line overrides to a mapping. */
final class MappingOverrides {
  private MappingOverrides() {}

  static SourceMapping withEncoding(SourceMapping m, String encoding) {
    Charset cs;
    try {
      cs = Charset.forName(encoding);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new ParcoursException("Encodage inconnu « " + encoding + " » (--encoding). Écrivez par exemple UTF-8, windows-1252 ou ISO-8859-1.");
    }
    return m.withEncoding(cs);
  }
}
