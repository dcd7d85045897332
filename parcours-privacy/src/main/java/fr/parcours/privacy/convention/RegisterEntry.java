package fr.parcours.privacy.convention;

import fr.parcours.model.CanonicalField;
import fr.parcours.model.CanonicalTable;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The processing's entry in the controller's register of processing activities (GDPR art. 30.1),
 * in French, from a convention: controller and contact, purposes, categories of data subjects and
 * of data, recipients, transfers outside the EU, retention, security measures.
 */
public final class RegisterEntry {
  private static final DateTimeFormatter FR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private RegisterEntry() {}

  /** The entry as Markdown. */
  public static String markdown(Convention c) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Registre des activités de traitement (RGPD, art. 30)\n\n");
    sb.append("## ").append(c.title()).append("\n\n");
    row(sb, "Référence", c.id());
    row(sb, "Responsable du traitement", c.controller().name() + (c.controller().contact() == null ? "" : " — contact : " + c.controller().contact()));
    row(sb, "Finalité", c.purpose().replace('\n', ' '));
    row(sb, "Base légale", String.join(" ; ", c.legalBases()));
    row(sb, "Personnes concernées", "enfants et jeunes majeurs (moins de 21 ans) connus de l'aide sociale à l'enfance du département, "
        + "événements du " + c.periodStart().format(FR) + " au " + c.periodEnd().format(FR));
    sb.append("\n### Catégories de données transmises (pseudonymisées)\n\n");
    sb.append("| table | champ | traitement |\n|---|---|---|\n");
    for (CanonicalTable t : CanonicalTable.values()) {
      for (CanonicalField f : t.fields()) {
        FieldPolicy p = c.policy(t, f.name());
        if (p.exported()) sb.append("| ").append(t.label()).append(" | ").append(f.label()).append(" | ").append(p.label()).append(" |\n");
      }
    }
    boolean communes = c.generalisesCommunes();
    sb.append("\nTout autre champ (noms, prénoms, nom de la mère, date de naissance complète")
        .append(c.policy(CanonicalTable.PERSONS, "birth_commune").exported() ? "" : ", commune de naissance")
        .append("…) reste chez le responsable.\n\n");
    if (communes) {
      sb.append("Une commune généralisée (territoire) sort comme le code de son territoire (nomenclature des territoires, ou "
          + CommuneTerritories.OUTSIDE + " pour une commune extérieure), jamais comme un nom de commune ; une commune vide ou inconnue "
          + "de la correspondance sort vide. Correspondance : ").append(c.communeTerritories().origin()).append(".\n\n");
    }
    sb.append("### Destinataires\n\n");
    for (Convention.Party r : c.recipients()) {
      sb.append("- ").append(r.name()).append(r.contact() == null ? "" : " (" + r.contact() + ")").append(", au titre de la convention ").append(c.id()).append('\n');
    }
    sb.append('\n');
    row(sb, "Transferts hors de l'Union européenne", "aucun");
    row(sb, "Durée de la convention", "du " + c.agreementStart().format(FR) + " au " + c.agreementEnd().format(FR));
    row(sb, "Durée de conservation", c.retention());
    sb.append("\n### Mesures de sécurité (art. 32)\n\n");
    List<String> measures = new ArrayList<>(List.of(
        "pseudonymisation par HMAC-SHA256 avec une clé dérivée (HKDF) propre à cette convention et à ce destinataire ; la clé maîtresse reste chez le responsable, dans un coffre chiffré (Argon2id, AES-256-GCM)",
        "minimisation champ par champ (suppression, généralisation des dates" + (communes ? ", des communes en territoires" : "") + ") selon la convention",
        "k-anonymat vérifié avant tout envoi sur les quasi-identifiants (" + String.join(", ", c.quasiIdentifiers()) + "), k = " + c.kMin()
            + " ; cellules publiées d'au moins " + c.kMin() + " personnes",
        "liste d'opposition appliquée avant tout envoi",
        "paquets chiffrés pour la clé OpenPGP du destinataire et signés par le responsable ; sommes SHA-256 de chaque fichier",
        "journal d'audit chaîné (chaque ligne porte l'empreinte de la précédente) de toute extraction, de tout envoi et de toute opération sur les clés"));
    for (String m : measures) sb.append("- ").append(m).append('\n');
    sb.append("\n### Droits des personnes\n\n");
    sb.append("Information collective ; droit d'accès (parcours access) et d'opposition (liste d'opposition) exercés auprès du responsable.\n");
    return sb.toString();
  }

  /** The same entry as a standalone HTML page. */
  public static String html(Convention c) {
    StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Registre — ")
        .append(esc(c.title())).append("</title>\n<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}"
            + "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2em .5em}</style></head><body>\n");
    boolean inTable = false;
    boolean inList = false;
    for (String line : markdown(c).split("\n")) {
      if (!line.startsWith("|") && inTable) {
        out.append("</table>\n");
        inTable = false;
      }
      if (!line.startsWith("- ") && inList) {
        out.append("</ul>\n");
        inList = false;
      }
      if (line.startsWith("### ")) out.append("<h3>").append(esc(line.substring(4))).append("</h3>\n");
      else if (line.startsWith("## ")) out.append("<h2>").append(esc(line.substring(3))).append("</h2>\n");
      else if (line.startsWith("# ")) out.append("<h1>").append(esc(line.substring(2))).append("</h1>\n");
      else if (line.startsWith("|---")) continue;
      else if (line.startsWith("|")) {
        String[] cells = line.substring(1, line.length() - 1).split("\\|");
        out.append(inTable ? "<tr>" : "<table><tr>");
        for (String cell : cells) out.append(inTable ? "<td>" : "<th>").append(esc(cell.strip())).append(inTable ? "</td>" : "</th>");
        out.append("</tr>\n");
        inTable = true;
      } else if (line.startsWith("- ")) {
        if (!inList) out.append("<ul>\n");
        inList = true;
        out.append("<li>").append(esc(line.substring(2))).append("</li>\n");
      } else if (line.startsWith("**")) {
        int end = line.indexOf("** : ");
        out.append("<p><strong>").append(esc(line.substring(2, end))).append("</strong> : ").append(esc(line.substring(end + 5))).append("</p>\n");
      } else if (!line.isBlank()) out.append("<p>").append(esc(line)).append("</p>\n");
    }
    if (inTable) out.append("</table>\n");
    if (inList) out.append("</ul>\n");
    return out.append("</body></html>\n").toString();
  }

  private static void row(StringBuilder sb, String label, String value) {
    sb.append("**").append(label).append("** : ").append(value).append("\n\n");
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
