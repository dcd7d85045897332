package fr.parcours.privacy.opposition;

import fr.parcours.model.ParcoursException;
import fr.parcours.privacy.identity.IdentityKeys;
import fr.parcours.privacy.identity.PersonIdentity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The persons who objected to the processing (GDPR art. 21), kept on the controller's side as a
 * CSV file ({@code ;}, UTF-8, header line) with the columns {@code nom_naissance}, {@code prenoms},
 * {@code date_naissance} (jj/mm/aaaa or aaaa-mm-jj), and optionally {@code nom_usage} and
 * {@code id_individu}. A person matches when the source id is listed, or when the normalised
 * identity (same key as the pseudonym: phonetic names and birth date) is. Only keys are held in
 * memory; who matched is never written anywhere, only how many.
 */
public final class OppositionList {
  private final Set<String> identityKeys;
  private final Set<String> sourceIds;

  private OppositionList(Set<String> identityKeys, Set<String> sourceIds) {
    this.identityKeys = Set.copyOf(identityKeys);
    this.sourceIds = Set.copyOf(sourceIds);
  }

  public static OppositionList empty() {
    return new OppositionList(Set.of(), Set.of());
  }

  public int size() {
    return identityKeys.size() + sourceIds.size();
  }

  public boolean matches(String sourceId, PersonIdentity identity) {
    if (sourceId != null && sourceIds.contains(sourceId)) return true;
    return IdentityKeys.personKey(identity).map(identityKeys::contains).orElse(false);
  }

  public static OppositionList load(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ParcoursException("Liste d'opposition introuvable : " + file + ". Vérifiez le chemin donné à --opposition.");
    } catch (IOException e) {
      throw new ParcoursException("Lecture impossible de la liste d'opposition " + file + " (UTF-8 attendu) : " + e.getMessage(), e);
    }
    if (lines.isEmpty()) throw new ParcoursException(file + " : la liste d'opposition est vide ; il faut au moins la ligne d'en-tête.");
    List<String> header = Arrays.stream(strip(lines.get(0)).split(";", -1)).map(String::strip).toList();
    int birth = header.indexOf("nom_naissance");
    int usage = header.indexOf("nom_usage");
    int first = header.indexOf("prenoms");
    int date = header.indexOf("date_naissance");
    int id = header.indexOf("id_individu");
    if (id < 0 && (first < 0 || date < 0 || (birth < 0 && usage < 0))) {
      throw new ParcoursException(file + ", ligne 1 : colonnes attendues nom_naissance;prenoms;date_naissance (et, au choix, nom_usage, id_individu). "
          + "En-tête lu : " + String.join(";", header));
    }
    Set<String> keys = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) continue;
      String[] cells = line.split(";", -1);
      if (id >= 0 && cell(cells, id) != null) ids.add(cell(cells, id));
      if (first >= 0 && date >= 0) {
        String d = cell(cells, date);
        LocalDate bd = null;
        if (d != null) {
          try {
            bd = d.contains("/") ? LocalDate.parse(d, DateTimeFormatter.ofPattern("dd/MM/uuuu")) : LocalDate.parse(d);
          } catch (DateTimeParseException e) {
            throw new ParcoursException(file + ", ligne " + (i + 1) + ", colonne " + (date + 1) + " (date_naissance) : date « " + d
                + " » invalide ; écrivez jj/mm/aaaa.");
          }
        }
        var p = new PersonIdentity(birth >= 0 ? cell(cells, birth) : null, usage >= 0 ? cell(cells, usage) : null, cell(cells, first), bd, null);
        var key = IdentityKeys.personKey(p);
        if (key.isPresent()) keys.add(key.get());
        else if (id < 0 || cell(cells, id) == null) {
          throw new ParcoursException(file + ", ligne " + (i + 1) + " : identité incomplète (nom, prénom et date de naissance requis, "
              + "ou id_individu). Complétez la ligne.");
        }
      }
    }
    return new OppositionList(keys, ids);
  }

  private static String strip(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  private static String cell(String[] cells, int i) {
    if (i >= cells.length) return null;
    String v = cells[i].strip();
    if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) v = v.substring(1, v.length() - 1);
    return v.isEmpty() ? null : v;
  }
}
