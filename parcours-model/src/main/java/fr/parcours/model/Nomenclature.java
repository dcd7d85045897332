package fr.parcours.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A code list (nomenclature) read from a data file of this package's {@code nomenclatures/}
 * folder: one {@code ;}-separated UTF-8 file per list, first columns {@code code;libelle}, then any
 * attributes (family, category, priority…). Keeping codes as data, not literals, lets a
 * département read and extend them without touching code.
 */
public final class Nomenclature {

  /** One code with its French label and its extra attributes by column name. */
  public record Entry(String code, String label, Map<String, String> attributes) {
    public String attribute(String name) {
      String v = attributes.get(name);
      if (v == null) {
        throw new IllegalArgumentException("attribut inconnu : " + name + " (code " + code + ")");
      }
      return v;
    }
  }

  private final String name;
  private final Map<String, Entry> entries;

  private Nomenclature(String name, Map<String, Entry> entries) {
    this.name = name;
    this.entries = Collections.unmodifiableMap(entries);
  }

  /** Loads the list {@code name} (file {@code nomenclatures/name.csv}). */
  public static Nomenclature load(String name) {
    String resource = "nomenclatures/" + name + ".csv";
    try (InputStream in = Nomenclature.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("nomenclature absente du jar : " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String header = reader.readLine();
      List<String> columns = Arrays.asList(header.split(";", -1));
      Map<String, Entry> entries = new LinkedHashMap<>();
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) continue;
        String[] cells = line.split(";", -1);
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 2; i < columns.size(); i++) {
          attributes.put(columns.get(i), i < cells.length ? cells[i] : "");
        }
        entries.put(cells[0], new Entry(cells[0], cells[1], Collections.unmodifiableMap(attributes)));
      }
      return new Nomenclature(name, entries);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String name() {
    return name;
  }

  public boolean contains(String code) {
    return entries.containsKey(code);
  }

  public Optional<Entry> find(String code) {
    return Optional.ofNullable(entries.get(code));
  }

  public Entry get(String code) {
    Entry e = entries.get(code);
    if (e == null) {
      throw new IllegalArgumentException("code inconnu dans la nomenclature " + name + " : " + code);
    }
    return e;
  }

  public String label(String code) {
    return get(code).label();
  }

  /** Codes in file order. */
  public List<String> codes() {
    return new ArrayList<>(entries.keySet());
  }

  public List<Entry> entries() {
    return new ArrayList<>(entries.values());
  }
}
