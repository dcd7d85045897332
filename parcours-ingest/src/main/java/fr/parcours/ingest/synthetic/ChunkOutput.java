package fr.parcours.ingest.synthetic;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one chunk of persons produces: the text of every output file, row counts, counts for
 * {@code comptes.csv}, and the dirt entries with chunk-local line numbers (the writer turns them
 * into file line numbers when it writes chunks in order).
 */
final class ChunkOutput {
  /** A dirt entry whose line is the 1-based row number inside this chunk's part of the file. */
  record DirtEntry(OutFile file, long localRow, String id, Dirt dirt) {}

  final Map<OutFile, StringBuilder> text = new EnumMap<>(OutFile.class);
  final Map<OutFile, long[]> rows = new EnumMap<>(OutFile.class);
  final List<DirtEntry> dirt = new ArrayList<>();
  final TreeMap<String, Long> counts = new TreeMap<>();
  final Map<OutFile, byte[]> bytes = new EnumMap<>(OutFile.class);
  int personCount;

  ChunkOutput() {
    for (OutFile f : OutFile.values()) {
      text.put(f, new StringBuilder(f == OutFile.SALISSURES ? 16 : 1 << 14));
      rows.put(f, new long[1]);
    }
  }

  void append(OutFile file, String[] cells) {
    Csv.appendRow(text.get(file), cells, file.lineEnd());
    rows.get(file)[0]++;
  }

  void append(OutFile file, Row row) {
    append(file, row.cells);
    if (row.dirt != null) dirt.add(new DirtEntry(file, rows.get(file)[0], row.id, row.dirt));
  }

  /** Encodes every file's text (extract files in the extract encoding, truth files in UTF-8). */
  void encode(java.nio.charset.Charset extractEncoding) {
    for (OutFile f : OutFile.values()) {
      if (f == OutFile.SALISSURES) continue;
      bytes.put(f, text.get(f).toString().getBytes(f.extract ? extractEncoding : java.nio.charset.StandardCharsets.UTF_8));
      text.put(f, null);
    }
  }

  void count(String key, long n) {
    counts.merge(key, n, Long::sum);
  }
}
