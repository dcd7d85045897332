package fr.parcours.engine.release;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The written answer to an access request, in French: Markdown, HTML or plain text. It holds the
 * person's data (it is addressed to them); it is printed or written where the controller says,
 * never to the audit log.
 */
public final class AccessAnswer {
  private static final DateTimeFormatter FR = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  private AccessAnswer() {}

  public enum Format {
    MARKDOWN, HTML, TEXT
  }

  public static String render(AccessRequest.Report r, AccessRequest.Subject s, Format f) {
    return switch (f) {
      case MARKDOWN -> markdown(r, s);
      case HTML -> html(r, s);
      case TEXT -> text(r, s);
    };
  }

  static String who(AccessRequest.Subject s) {
    if (s.personId() != null) return "identifiant dans la source « " + s.personId() + " »";
    var p = s.identity();
    return p.birthName() + " " + p.firstNames() + ", né(e) le " + p.birthDate().format(FR);
  }

  private static String intro(AccessRequest.Report r) {
    return "Extrait le plus récent : " + r.extractId() + (r.extractDate() == null ? "" : " (au " + r.extractDate().format(FR) + ")") + ". "
        + (r.personIds().isEmpty() ? "Aucune fiche ne correspond à cette personne dans cet extrait."
            : r.personIds().size() + " fiche(s) correspond(ent) à cette personne (identifiant(s) dans la source : " + String.join(", ", r.personIds()) + ").");
  }

  private static final String SENT_NOTE = "Les données transmises sont pseudonymisées : ni nom, ni prénom, ni date de naissance complète, "
      + "ni identifiant de la source ne quittent le responsable ; les champs transmis sont ceux permis par la convention.";

  public static String markdown(AccessRequest.Report r, AccessRequest.Subject s) {
    StringBuilder b = new StringBuilder();
    b.append("# Réponse à une demande d'accès (RGPD, article 15)\n\n");
    b.append("- Demande : ").append(who(s)).append('\n');
    b.append("- Date de la réponse : ").append(LocalDate.now().format(FR)).append('\n');
    b.append("- Référence de la demande (journal d'audit) : `").append(r.reference()).append("`\n\n");
    b.append("## Données détenues\n\n").append(intro(r)).append("\n\n");
    for (AccessRequest.TableRows t : r.tables()) {
      if (t.rows().isEmpty()) continue;
      b.append("### ").append(t.table().label()).append(" (").append(t.rows().size()).append(" ligne(s))\n\n");
      b.append("| ").append(String.join(" | ", t.columns())).append(" |\n");
      b.append("|").append("---|".repeat(t.columns().size())).append('\n');
      for (List<String> row : t.rows()) b.append("| ").append(String.join(" | ", row.stream().map(AccessAnswer::mdCell).toList())).append(" |\n");
      b.append('\n');
    }
    b.append("## Transmissions\n\n");
    if (r.sent().isEmpty()) {
      b.append("Aucun paquet transmis ne contenait de données sur cette personne.\n");
    } else {
      b.append(SENT_NOTE).append("\n\n| date | destinataire | convention | paquet | extrait |\n|---|---|---|---|---|\n");
      for (AccessRequest.Sent x : r.sent()) {
        b.append("| ").append(x.time()).append(" | ").append(x.recipient()).append(" | ").append(x.convention()).append(" | ").append(x.packageId())
            .append(" | ").append(x.extract()).append(" |\n");
      }
    }
    return b.toString();
  }

  public static String text(AccessRequest.Report r, AccessRequest.Subject s) {
    StringBuilder b = new StringBuilder();
    b.append("RÉPONSE À UNE DEMANDE D'ACCÈS (RGPD, article 15)\n");
    b.append("Demande : ").append(who(s)).append('\n');
    b.append("Date de la réponse : ").append(LocalDate.now().format(FR)).append('\n');
    b.append("Référence de la demande (journal d'audit) : ").append(r.reference()).append("\n\n");
    b.append("DONNÉES DÉTENUES\n").append(intro(r)).append("\n");
    for (AccessRequest.TableRows t : r.tables()) {
      if (t.rows().isEmpty()) continue;
      b.append('\n').append(t.table().label()).append(" (").append(t.rows().size()).append(" ligne(s))\n");
      int n = 1;
      for (List<String> row : t.rows()) {
        b.append("  ").append(n++).append(".\n");
        for (int i = 0; i < row.size(); i++) {
          if (!row.get(i).isEmpty()) b.append("     ").append(t.columns().get(i)).append(" : ").append(row.get(i)).append('\n');
        }
      }
    }
    b.append("\nTRANSMISSIONS\n");
    if (r.sent().isEmpty()) {
      b.append("Aucun paquet transmis ne contenait de données sur cette personne.\n");
    } else {
      b.append(SENT_NOTE).append('\n');
      for (AccessRequest.Sent x : r.sent()) {
        b.append("  - ").append(x.time()).append(" : à ").append(x.recipient()).append(", convention ").append(x.convention()).append(", paquet ")
            .append(x.packageId()).append(" (extrait ").append(x.extract()).append(")\n");
      }
    }
    return b.toString();
  }

  public static String html(AccessRequest.Report r, AccessRequest.Subject s) {
    StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Réponse à une demande d'accès</title>"
        + "<style>body{font-family:sans-serif;max-width:70em;margin:2em auto}table{border-collapse:collapse;margin-bottom:1.5em}"
        + "td,th{border:1px solid #999;padding:.2em .5em;text-align:left}</style></head><body>\n");
    b.append("<h1>Réponse à une demande d'accès (RGPD, article 15)</h1>\n<ul>");
    b.append("<li>Demande : ").append(esc(who(s))).append("</li>");
    b.append("<li>Date de la réponse : ").append(LocalDate.now().format(FR)).append("</li>");
    b.append("<li>Référence de la demande (journal d'audit) : <code>").append(r.reference()).append("</code></li></ul>\n");
    b.append("<h2>Données détenues</h2>\n<p>").append(esc(intro(r))).append("</p>\n");
    for (AccessRequest.TableRows t : r.tables()) {
      if (t.rows().isEmpty()) continue;
      b.append("<h3>").append(esc(t.table().label())).append(" (").append(t.rows().size()).append(" ligne(s))</h3>\n<table><tr>");
      for (String c : t.columns()) b.append("<th>").append(esc(c)).append("</th>");
      b.append("</tr>\n");
      for (List<String> row : t.rows()) {
        b.append("<tr>");
        for (String v : row) b.append("<td>").append(esc(v)).append("</td>");
        b.append("</tr>\n");
      }
      b.append("</table>\n");
    }
    b.append("<h2>Transmissions</h2>\n");
    if (r.sent().isEmpty()) {
      b.append("<p>Aucun paquet transmis ne contenait de données sur cette personne.</p>\n");
    } else {
      b.append("<p>").append(esc(SENT_NOTE)).append("</p>\n<table><tr><th>date</th><th>destinataire</th><th>convention</th><th>paquet</th><th>extrait</th></tr>\n");
      for (AccessRequest.Sent x : r.sent()) {
        b.append("<tr><td>").append(esc(x.time())).append("</td><td>").append(esc(x.recipient())).append("</td><td>").append(esc(x.convention()))
            .append("</td><td>").append(esc(x.packageId())).append("</td><td>").append(esc(x.extract())).append("</td></tr>\n");
      }
      b.append("</table>\n");
    }
    return b.append("</body></html>\n").toString();
  }

  private static String mdCell(String v) {
    return v.replace("|", "\\|");
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
