package fr.parcours.privacy.convention;

import fr.parcours.model.CanonicalTable;
import fr.parcours.model.ParcoursException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A data-sharing agreement (convention), as loaded and validated by {@link ConventionLoader}:
 * who shares what with whom, why, on which legal basis, for how long, and the policy of every
 * canonical field. Immutable.
 *
 * @param source the file it was read from (public keys are resolved against its folder)
 * @param policies per table, the fields the convention names; any other field is dropped
 * @param kMin minimum size of an equivalence class on the quasi-identifiers (and of a published cell)
 * @param maxSuppressedShare largest share of persons that may be suppressed to reach {@code kMin}
 * @param quasiIdentifiers fields of {@code persons} that an attacker may know (sex, birth date…)
 * @param communeTerritories the correspondence that {@code { generaliser: territoire }} applies
 *     (the convention's {@code correspondance_communes}, else the built-in one)
 */
public record Convention(
    Path source,
    String id,
    String title,
    Party controller,
    List<Party> recipients,
    String purpose,
    List<String> legalBases,
    LocalDate periodStart,
    LocalDate periodEnd,
    LocalDate agreementStart,
    LocalDate agreementEnd,
    String retention,
    int kMin,
    double maxSuppressedShare,
    PseudonymSource pseudonymSource,
    List<String> quasiIdentifiers,
    Map<CanonicalTable, Map<String, FieldPolicy>> policies,
    CommuneTerritories communeTerritories) {

  public Convention {
    Objects.requireNonNull(id);
    recipients = List.copyOf(recipients);
    legalBases = List.copyOf(legalBases);
    quasiIdentifiers = List.copyOf(quasiIdentifiers);
    policies = Map.copyOf(policies);
    Objects.requireNonNull(communeTerritories);
    if (kMin < 2) throw new IllegalArgumentException("kMin must be at least 2");
    if (maxSuppressedShare < 0 || maxSuppressedShare > 0.5) throw new IllegalArgumentException("maxSuppressedShare in [0, 0.5]");
  }

  /** A party to the convention. {@code publicKey} may be null (the controller's, for the register only). */
  /**
   * A derived quasi-identifier: the date of first entry into care (start of the first measure),
   * at the level the convention gives {@code measures.start_date}.
   */
  public static final String FIRST_ENTRY = "date_premiere_entree";

  /** The quasi-identifiers that are fields of {@code persons}. */
  public List<String> personQuasiIdentifiers() {
    return quasiIdentifiers.stream().filter(q -> !q.equals(FIRST_ENTRY)).toList();
  }

  /** Whether the date of first entry into care counts among the quasi-identifiers. */
  public boolean firstEntryIsQuasiIdentifier() {
    return quasiIdentifiers.contains(FIRST_ENTRY);
  }

  public record Party(String code, String name, String contact, Path publicKey) {}

  /** What the person pseudonym is computed from. */
  public enum PseudonymSource {
    /** The normalised identity (names and birth date): stable even if the source renumbers. */
    IDENTITY,
    /** The source person id: for sources whose ids are stable and identities poor. */
    SOURCE_ID
  }

  /** The policy of a field: the one named, else {@link FieldPolicy#DROP}. */
  public FieldPolicy policy(CanonicalTable table, String field) {
    Map<String, FieldPolicy> t = policies.get(table);
    if (t == null) return FieldPolicy.DROP;
    return t.getOrDefault(field, FieldPolicy.DROP);
  }

  /** True when some field is generalised to its territory. */
  public boolean generalisesCommunes() {
    return policies.values().stream().flatMap(m -> m.values().stream()).anyMatch(p -> p.level() == FieldPolicy.Level.TERRITORY);
  }

  /** Tables with at least one exported field, in model order. */
  public List<CanonicalTable> exportedTables() {
    return java.util.Arrays.stream(CanonicalTable.values())
        .filter(t -> t.fields().stream().anyMatch(f -> policy(t, f.name()).exported()))
        .toList();
  }

  public Party recipient(String code) {
    return recipients.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow(() -> new ParcoursException(
        "Destinataire « " + code + " » inconnu de la convention " + id + " (" + source + "). Destinataires prévus : "
            + String.join(", ", recipients.stream().map(Party::code).toList()) + "."));
  }

  /** Context string of the recipient's derived keys. */
  public String keyContext(Party recipient) {
    return id + "/" + recipient.code();
  }
}
