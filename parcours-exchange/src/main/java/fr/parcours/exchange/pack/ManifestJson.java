package fr.parcours.exchange.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.parcours.model.ParcoursException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads and writes {@code manifeste.json} with French field names. */
final class ManifestJson {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private ManifestJson() {}

  static String write(Manifest m) {
    ObjectNode n = JSON.createObjectNode();
    n.put("format", "parcours-paquet");
    n.put("version_schema", m.schemaVersion());
    n.put("paquet", m.packageId());
    n.put("convention", m.conventionId());
    n.put("destinataire", m.recipient());
    n.putObject("periode").put("debut", m.periodStart()).put("fin", m.periodEnd());
    n.put("extrait", m.extractId());
    n.put("cree_le", m.createdAt());
    n.put("empreinte_cle", m.keyFingerprint());
    ArrayNode files = n.putArray("fichiers");
    for (Manifest.FileEntry f : m.files()) {
      files.addObject().put("nom", f.name()).put("table", f.table()).put("lignes", f.rows()).put("octets", f.bytes()).put("sha256", f.sha256());
    }
    n.set("confidentialite", JSON.valueToTree(m.privacy()));
    try {
      return JSON.writeValueAsString(n) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unchecked")
  static Manifest read(String text, String where) {
    try {
      JsonNode n = JSON.readTree(text);
      if (!"parcours-paquet".equals(n.path("format").asText())) throw new ParcoursException(where + " : ce n'est pas un manifeste de paquet Parcours.");
      int v = n.path("version_schema").asInt(-1);
      if (v != Manifest.SCHEMA_VERSION) {
        throw new ParcoursException(where + " : version de schéma " + v + " non prise en charge (attendue : " + Manifest.SCHEMA_VERSION
            + "). Mettez Parcours à jour.");
      }
      List<Manifest.FileEntry> files = new ArrayList<>();
      for (JsonNode f : n.path("fichiers")) {
        files.add(new Manifest.FileEntry(f.path("nom").asText(), f.path("table").asText(), f.path("lignes").asLong(), f.path("octets").asLong(),
            f.path("sha256").asText()));
      }
      return new Manifest(v, n.path("paquet").asText(), n.path("convention").asText(), n.path("destinataire").asText(),
          n.path("periode").path("debut").asText(), n.path("periode").path("fin").asText(), n.path("extrait").asText(), n.path("cree_le").asText(),
          n.path("empreinte_cle").asText(), files, JSON.convertValue(n.path("confidentialite"), Map.class));
    } catch (IOException e) {
      throw new ParcoursException(where + " : manifeste illisible (" + e.getMessage() + ").");
    }
  }
}
