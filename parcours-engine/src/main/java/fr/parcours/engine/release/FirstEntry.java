package fr.parcours.engine.release;

import fr.parcours.engine.workspace.Workspace;
import fr.parcours.model.CanonicalField;
import fr.parcours.model.CanonicalTable;
import fr.parcours.model.FieldType;
import fr.parcours.model.ParcoursException;
import fr.parcours.privacy.convention.FieldPolicy;
import fr.parcours.privacy.convention.FieldPolicy.Action;
import fr.parcours.privacy.convention.FieldPolicy.Level;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The date of first entry into care (start of the first measure) as a quasi-identifier. When the
 * k-anonymity step coarsens it, every date of the event tables is coarsened at least as much:
 * otherwise the first measure's (or first place's, or the IP's) exact date would give it back.
 */
final class FirstEntry {
  /** Its name in the risk report and the manifest. */
  static final String QI = fr.parcours.privacy.convention.Convention.FIRST_ENTRY;

  private static final Set<CanonicalTable> EVENT_TABLES = Set.of(CanonicalTable.MEASURES, CanonicalTable.PLACEMENTS, CanonicalTable.CONCERN_REPORTS);

  private FirstEntry() {}

  static Map<String, LocalDate> read(Workspace ws, String extractId) {
    Map<String, LocalDate> out = new HashMap<>();
    try (PreparedStatement ps = ws.connection().prepareStatement(
        "SELECT person_id, min(start_date) FROM measures WHERE extract_id = ? GROUP BY person_id")) {
      ps.setString(1, extractId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.put(rs.getString(1), rs.getObject(2, LocalDate.class));
      }
    } catch (SQLException e) {
      throw new ParcoursException("Lecture des dates de première entrée impossible : " + e.getMessage(), e);
    }
    return out;
  }

  /** {@code p} for a date of an event table, coarsened to {@code entryLevel} when that is coarser. */
  static FieldPolicy atLeast(CanonicalTable t, CanonicalField f, FieldPolicy p, Level entryLevel) {
    if (entryLevel == null || !EVENT_TABLES.contains(t) || f.type() != FieldType.DATE || !p.exported()) return p;
    Level own = p.action() == Action.GENERALISE ? p.level() : Level.DAY;
    return entryLevel.ordinal() > own.ordinal() ? FieldPolicy.generalise(entryLevel) : p;
  }
}
