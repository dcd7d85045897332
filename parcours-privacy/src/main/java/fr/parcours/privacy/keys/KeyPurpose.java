package fr.parcours.privacy.keys;

/**
 * What a derived key is for. Each purpose has its own HKDF label, so a key for one purpose says
 * nothing about another: a partner's pseudonyms cannot be joined with another partner's, nor with
 * the OLINPE identifiers.
 */
public enum KeyPurpose {
  /** Person pseudonym for one recipient under one convention; context = {@code convention/recipient}. */
  PERSON_PSEUDONYM("pseudonyme-personne"),
  /** Identifiers of other rows (measure, placement…) sent to a recipient; context as above. */
  ROW_PSEUDONYM("pseudonyme-ligne"),
  /** OLINPE identifier (CASF D226-3-4); context = département code. */
  OLINPE("identifiant-olinpe"),
  /** Matching persons in the controller's own registers (opposition, access); context = "". */
  CONTROLLER_INDEX("index-responsable"),
  /** Only used to compute the fingerprint. */
  FINGERPRINT("empreinte");

  private final String label;

  KeyPurpose(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
