package fr.parcours.ingest.read;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import fr.parcours.model.ParcoursException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/** Reads a delimited text file with FastCSV, after {@link EncodingCheck} has chosen the charset. */
public final class CsvTableReader implements TableReader {
  private final Path file;
  private final CsvReader<CsvRecord> reader;
  private final Iterator<CsvRecord> rows;
  private final List<String> header;
  private final EncodingCheck.Result encoding;

  public CsvTableReader(Path file, Charset declared, char separator) {
    this.file = file;
    EncodingCheck.Result enc = EncodingCheck.check(file, declared);
    this.encoding = enc;
    try {
      InputStream in = Files.newInputStream(file);
      in.skipNBytes(enc.bomLength());
      this.reader =
          CsvReader.builder()
              .fieldSeparator(separator)
              .allowExtraFields(true)
              .allowMissingFields(true)
              .skipEmptyLines(true)
              .ofCsvRecord(new BufferedReader(new InputStreamReader(in, enc.charset()), 1 << 16));
      this.rows = reader.iterator();
      if (!rows.hasNext()) {
        throw new ParcoursException(file + ", ligne 1 : fichier vide, sans ligne d'en-tête. Vérifiez l'export.");
      }
      List<String> h = rows.next().getFields();
      this.header = h.stream().map(String::strip).toList();
    } catch (IOException e) {
      throw new ParcoursException("Lecture impossible de " + file + " : " + e.getMessage(), e);
    }
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public SourceRow next() {
    try {
      if (!rows.hasNext()) return null;
      CsvRecord r = rows.next();
      return new SourceRow(r.getStartingLineNumber(), r.getFields().toArray(new String[0]));
    } catch (CsvParseException e) {
      throw new ParcoursException(
          file + " : ligne illisible (" + e.getMessage() + "). Vérifiez les guillemets et le séparateur de ce fichier.", e);
    } catch (UncheckedIOException e) {
      throw new ParcoursException("Lecture impossible de " + file + " : " + e.getMessage(), e);
    }
  }

  @Override
  public String sha256() {
    return encoding.sha256();
  }

  @Override
  public long bytes() {
    return encoding.bytes();
  }

  @Override
  public String charsetName() {
    return encoding.charset().name();
  }

  @Override
  public String describe() {
    return file.toString();
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
