package fr.parcours.exchange.olinpe;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One {@code DONNEE} of an OLINPE file: variable name → value as written (codes and dates as text).
 * Records read from a file may also hold elements this project does not know; they are kept and
 * ignored by the checks.
 */
public record OlinpeRecord(Map<String, String> values) {
  public OlinpeRecord {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** The value, stripped, or null when absent or blank. */
  public String get(String variable) {
    String s = values.get(variable);
    if (s == null) return null;
    s = s.strip();
    return s.isEmpty() ? null : s;
  }

  /** Whether the variable is present with a value. */
  public boolean has(String variable) {
    return get(variable) != null;
  }
}
