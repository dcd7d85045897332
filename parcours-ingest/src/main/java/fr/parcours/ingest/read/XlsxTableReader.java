package fr.parcours.ingest.read;

import fr.parcours.model.ParcoursException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads one sheet of an .xlsx workbook with POI's streaming (SAX) reader, so a 500,000-row sheet
 * never sits in memory: a parser thread pushes rows into a small bounded queue that {@link #next}
 * drains. Date cells arrive as ISO {@code yyyy-MM-dd} whatever their display format.
 */
public final class XlsxTableReader implements TableReader {
  private static final String[] END = new String[0];
  private final Path file;
  private final String sheet;
  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(4096);
  private final Thread parser;
  private final List<String> header;
  private volatile boolean closed;
  private boolean finished;

  public XlsxTableReader(Path file, String sheetName) {
    this.file = file;
    this.sheet = sheetName;
    this.parser = new Thread(this::parse, "xlsx-" + file.getFileName());
    parser.setDaemon(true);
    parser.start();
    SourceRow first = next();
    if (first == null) {
      throw new ParcoursException(describe() + ", ligne 1 : feuille vide, sans ligne d'en-tête. Vérifiez l'export.");
    }
    List<String> h = new ArrayList<>();
    for (String c : first.cells()) h.add(c == null ? "" : c.strip());
    while (!h.isEmpty() && h.get(h.size() - 1).isEmpty()) h.remove(h.size() - 1);
    this.header = List.copyOf(h);
  }

  private void parse() {
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      StylesTable styles = reader.getStylesTable();
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      List<String> names = new ArrayList<>();
      while (sheets.hasNext()) {
        try (InputStream in = sheets.next()) {
          String name = sheets.getSheetName();
          names.add(name);
          if (sheet == null || sheet.equals(name)) {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            XMLReader xml = factory.newSAXParser().getXMLReader();
            xml.setContentHandler(new XSSFSheetXMLHandler(styles, strings, new Rows(), new IsoDateFormatter(), false));
            xml.parse(new InputSource(in));
            put(END);
            return;
          }
        }
      }
      put(new ParcoursException(file + " : la feuille « " + sheet + " » n'existe pas. Feuilles présentes : " + String.join(", ", names) + "."));
    } catch (StopParsing e) {
      // the reader was closed early
    } catch (Exception e) {
      put(new ParcoursException(file + " : classeur Excel illisible (" + e.getMessage() + "). Réenregistrez-le au format .xlsx.", e));
    }
  }

  private void put(Object item) {
    try {
      while (!closed && !queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
        // wait for the consumer
      }
      if (closed) throw new StopParsing();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StopParsing();
    }
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public SourceRow next() {
    if (finished) return null;
    try {
      Object item = queue.take();
      if (item == END) {
        finished = true;
        return null;
      }
      if (item instanceof ParcoursException e) {
        finished = true;
        throw e;
      }
      return (SourceRow) item;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ParcoursException("Lecture interrompue de " + describe());
    }
  }

  @Override
  public String sha256() {
    return Checksums.sha256Hex(file);
  }

  @Override
  public long bytes() {
    try {
      return java.nio.file.Files.size(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public String charsetName() {
    return "xlsx";
  }

  @Override
  public String describe() {
    return sheet == null ? file.toString() : file + " (feuille « " + sheet + " »)";
  }

  @Override
  public void close() {
    closed = true;
    parser.interrupt();
  }

  private static final class StopParsing extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  /** Collects cells into rows, filling skipped (empty) cells by their column letter. */
  private final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final List<String> cells = new ArrayList<>();
    private int rowNum;

    @Override
    public void startRow(int rowNum) {
      this.rowNum = rowNum;
      cells.clear();
    }

    @Override
    public void endRow(int rowNum) {
      boolean blank = cells.stream().allMatch(c -> c == null || c.isBlank());
      if (blank) return;
      String[] row = cells.toArray(new String[0]);
      for (int i = 0; i < row.length; i++) if (row[i] == null) row[i] = "";
      put(new SourceRow(rowNum + 1L, row));
    }

    @Override
    public void cell(String ref, String value, XSSFComment comment) {
      int col = ref == null ? cells.size() : new CellReference(ref).getCol();
      while (cells.size() < col) cells.add("");
      cells.add(value == null ? "" : value);
    }

    @Override
    public void headerFooter(String text, boolean isHeader, String tagName) {}
  }

  /** Formats date-styled numeric cells as ISO dates, other numbers as Excel shows them. */
  private static final class IsoDateFormatter extends DataFormatter {
    IsoDateFormatter() {
      super(java.util.Locale.FRANCE);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        LocalDate d = DateUtil.getLocalDateTime(value).toLocalDate();
        return d.toString();
      }
      return super.formatRawCellContents(value, formatIndex, formatString);
    }
  }

}
