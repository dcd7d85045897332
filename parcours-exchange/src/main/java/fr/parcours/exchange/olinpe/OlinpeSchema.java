package fr.parcours.exchange.olinpe;

import fr.parcours.model.ParcoursException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validation against {@code olinpe.xsd}, the schema of Parcours (not the national one, which is not
 * public). Collects every error with its line and column instead of stopping at the first.
 */
public final class OlinpeSchema {
  /** At most this many errors are kept per file. */
  public static final int MAX_ERRORS = 10_000;
  private static final Schema SCHEMA = load();

  private OlinpeSchema() {}

  private static Schema load() {
    try {
      SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      URL xsd = OlinpeSchema.class.getResource("olinpe.xsd");
      return f.newSchema(xsd);
    } catch (SAXException e) {
      throw new IllegalStateException("olinpe.xsd invalide : " + e.getMessage(), e);
    }
  }

  /** The XSD errors of an XML file (empty when valid). */
  public static List<OlinpeFile.Problem> validate(Path xml) {
    try (InputStream in = Files.newInputStream(xml)) {
      return validate(in);
    } catch (IOException e) {
      throw new ParcoursException("Lecture impossible de " + xml + " : " + e.getMessage() + ". Vérifiez le chemin et les droits.", e);
    }
  }

  /** The XSD errors of the records of a CSV file, written as XML with one DONNEE per line (line = position + 2). */
  public static List<OlinpeFile.Problem> validateRecords(List<OlinpeRecord> records) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<DECRET><INTRO><VERSIONXSD>csv</VERSIONXSD><DATEXPORT>")
        .append(LocalDate.now()).append("</DATEXPORT></INTRO>\n");
    for (OlinpeRecord r : records) {
      b.append("<DONNEE>");
      r.values().forEach((k, v) -> {
        if (k.matches("[A-Za-z_][A-Za-z0-9_.-]*")) b.append('<').append(k).append('>').append(OlinpeXml.escape(v)).append("</").append(k).append('>');
      });
      b.append("</DONNEE>\n");
    }
    b.append("</DECRET>\n");
    try {
      return validate(new ByteArrayInputStream(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Validates bytes already written (used before publishing a file). */
  public static List<OlinpeFile.Problem> validate(ByteArrayOutputStream bytes) throws IOException {
    return validate(new ByteArrayInputStream(bytes.toByteArray()));
  }

  private static List<OlinpeFile.Problem> validate(InputStream in) throws IOException {
    List<OlinpeFile.Problem> errors = new ArrayList<>();
    Validator v = SCHEMA.newValidator();
    try {
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    } catch (SAXException e) {
      throw new IllegalStateException(e);
    }
    v.setErrorHandler(new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {}

      @Override
      public void error(SAXParseException e) {
        if (errors.size() < MAX_ERRORS) errors.add(new OlinpeFile.Problem(e.getLineNumber(), e.getColumnNumber(), french(e.getMessage())));
      }

      @Override
      public void fatalError(SAXParseException e) throws SAXException {
        errors.add(new OlinpeFile.Problem(e.getLineNumber(), e.getColumnNumber(), "XML mal formé : " + french(e.getMessage())));
        throw e;
      }
    });
    try {
      v.validate(new StreamSource(in));
    } catch (SAXException e) {
      if (errors.isEmpty()) errors.add(new OlinpeFile.Problem(0, 0, french(e.getMessage())));
    }
    return errors;
  }

  /** Xerces messages start with a code ("cvc-pattern-valid: …"): keep the code, it is searchable. */
  private static String french(String m) {
    return "non conforme au schéma olinpe.xsd : " + (m == null ? "" : m);
  }
}
