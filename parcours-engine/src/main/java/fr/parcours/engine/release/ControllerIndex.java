package fr.parcours.engine.release;

import fr.parcours.privacy.identity.IdentityKeys;
import fr.parcours.privacy.identity.PersonIdentity;
import fr.parcours.privacy.keys.Pseudonymiser;
import java.util.ArrayList;
import java.util.List;

/**
 * Keyed references to a person in the controller's own registers (the per-package index
 * {@code envois/<paquet>.txt}, the access log): HMAC under the {@code index-responsable} key, so
 * that these files hold no identity and no source id in clear.
 *
 * <p>A person has up to two references: the HMAC of the raw source id (the only one written by
 * the first releases), and the HMAC of the identity key ({@code P1|…}, the one of the person
 * pseudonym), which survives a source that renumbers its persons from one extract to the next.
 */
final class ControllerIndex {
  private ControllerIndex() {}

  static List<String> refs(Pseudonymiser index, String sourceId, PersonIdentity identity) {
    List<String> out = new ArrayList<>(2);
    if (sourceId != null) out.add(index.apply(sourceId));
    IdentityKeys.personKey(identity).ifPresent(k -> out.add(index.apply(k)));
    return out;
  }
}
