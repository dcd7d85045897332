package fr.parcours.engine.release;

import fr.parcours.engine.workspace.Workspace;
import fr.parcours.model.ParcoursException;
import fr.parcours.privacy.convention.Convention;
import fr.parcours.privacy.identity.IdentityKeyWriter;
import fr.parcours.privacy.identity.IdentityKeys;
import fr.parcours.privacy.identity.PersonIdentity;
import fr.parcours.privacy.keys.Pseudonymiser;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads the persons of one extract with their identity, and computes their pseudonyms. */
final class PersonPseudonyms {
  private PersonPseudonyms() {}

  /** One person row of the workspace (controller side: identities included). */
  record Row(String personId, PersonIdentity identity, Object[] values) {}

  static List<Row> read(Workspace ws, String extractId, List<String> columns) {
    String sql = "SELECT person_id, birth_name, usage_name, first_names, birth_date, mother_birth_name"
        + (columns.isEmpty() ? "" : ", " + String.join(", ", columns)) + " FROM persons WHERE extract_id = ? ORDER BY person_id";
    List<Row> out = new ArrayList<>();
    try (PreparedStatement ps = ws.connection().prepareStatement(sql)) {
      ps.setString(1, extractId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          var id = new PersonIdentity(rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6));
          Object[] v = new Object[columns.size()];
          for (int i = 0; i < v.length; i++) {
            Object o = rs.getObject(7 + i);
            if (o instanceof java.sql.Date d) o = d.toLocalDate();
            v[i] = o;
          }
          out.add(new Row(rs.getString(1), id, v));
        }
      }
    } catch (SQLException e) {
      throw new ParcoursException("Lecture des personnes du workspace impossible : " + e.getMessage(), e);
    }
    return out;
  }

  /** The person pseudonym of {@code r}; {@code keys} is the caller's (one per thread) fast key writer. */
  static String pseudonym(Pseudonymiser p, IdentityKeyWriter keys, Convention.PseudonymSource source, Row r) {
    if (source == Convention.PseudonymSource.IDENTITY) {
      keys.write(r.identity());
      if (keys.personKeyLength() >= 0) return p.apply(keys.personKey(), keys.personKeyLength());
    }
    return p.apply(IdentityKeys.sourceIdKey(r.personId()));
  }
}
