package fr.parcours.exchange.olinpe;

import fr.parcours.model.ParcoursException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Writes and reads the XML form: root {@code DECRET}, {@code INTRO}, then one {@code DONNEE} per event. */
public final class OlinpeXml {
  private OlinpeXml() {}

  /** The header of a file we write. */
  public record Intro(String versionXsd, LocalDate dateExport, int year, String departement) {}

  /** Writes {@code records} to {@code out} (UTF-8, one element per line). The caller makes it atomic. */
  public static void write(OutputStream out, Intro intro, List<OlinpeRecord> records) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<DECRET>\n  <INTRO>\n");
    element(w, "    ", "VERSIONXSD", intro.versionXsd());
    element(w, "    ", "DATEXPORT", intro.dateExport().toString());
    element(w, "    ", "ANNEE", Integer.toString(intro.year()));
    if (intro.departement() != null) element(w, "    ", "NUMDEP", intro.departement());
    element(w, "    ", "LOGICIEL", "Parcours");
    w.write("  </INTRO>\n");
    for (OlinpeRecord r : records) {
      w.write("  <DONNEE>\n");
      for (Map.Entry<String, String> e : r.values().entrySet()) element(w, "    ", e.getKey(), e.getValue());
      w.write("  </DONNEE>\n");
    }
    w.write("</DECRET>\n");
    w.flush();
  }

  private static void element(Writer w, String indent, String name, String value) throws IOException {
    w.write(indent);
    w.write('<');
    w.write(name);
    w.write('>');
    w.write(escape(value));
    w.write("</");
    w.write(name);
    w.write(">\n");
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  static boolean looksLikeXml(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      for (int c; (c = in.read()) >= 0; ) {
        if (c == 0xEF || c == 0xBB || c == 0xBF || Character.isWhitespace(c)) continue;
        return c == '<';
      }
      return false;
    } catch (IOException e) {
      throw new ParcoursException("Lecture impossible de " + file + " : " + e.getMessage() + ". Vérifiez le chemin et les droits.", e);
    }
  }

  /** A StAX factory that reads no DTD and no external entity (files come from other software). */
  static XMLInputFactory safeFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  /**
   * Reads any OLINPE-like XML: the children of {@code INTRO}, and every {@code DONNEE} (at any
   * depth) as a map of its descendants' local names to their text. Unknown elements are kept; a
   * malformed file gives the records before the error and a problem at the error's place.
   */
  public static OlinpeFile read(Path file) {
    Map<String, String> intro = new LinkedHashMap<>();
    List<OlinpeFile.Entry> entries = new ArrayList<>();
    List<OlinpeFile.Problem> problems = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader r = safeFactory().createXMLStreamReader(in);
      Map<String, String> current = null;
      boolean inIntro = false;
      int currentLine = 0;
      String rootName = null;
      StringBuilder text = new StringBuilder();
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          String name = r.getLocalName();
          text.setLength(0);
          if (rootName == null) rootName = name;
          if (name.equals("INTRO") && current == null) inIntro = true;
          else if (name.equals("DONNEE")) {
            current = new LinkedHashMap<>();
            currentLine = r.getLocation().getLineNumber();
          }
        } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
          text.append(r.getText());
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          String name = r.getLocalName();
          if (name.equals("DONNEE") && current != null) {
            entries.add(new OlinpeFile.Entry(entries.size() + 1, currentLine, new OlinpeRecord(current)));
            current = null;
          } else if (name.equals("INTRO")) {
            inIntro = false;
          } else if (current != null) {
            current.put(name, text.toString().strip());
          } else if (inIntro) {
            intro.put(name, text.toString().strip());
          }
          text.setLength(0);
        }
      }
      if (rootName != null && !rootName.equals("DECRET")) {
        problems.add(new OlinpeFile.Problem(1, 1, "L'élément racine est <" + rootName + ">, et non <DECRET>."));
      }
    } catch (XMLStreamException e) {
      var loc = e.getLocation();
      problems.add(new OlinpeFile.Problem(loc == null ? 0 : loc.getLineNumber(), loc == null ? 0 : loc.getColumnNumber(),
          "XML mal formé : " + cleanMessage(e.getMessage()) + " (lecture arrêtée ; les " + entries.size() + " DONNEE précédentes sont contrôlées)"));
    } catch (IOException e) {
      throw new ParcoursException("Lecture impossible de " + file + " : " + e.getMessage() + ". Vérifiez le chemin et les droits.", e);
    }
    return new OlinpeFile(file, "xml", intro, entries, problems);
  }

  static String cleanMessage(String m) {
    if (m == null) return "";
    int i = m.indexOf("Message: ");
    return (i >= 0 ? m.substring(i + 9) : m).strip();
  }
}
