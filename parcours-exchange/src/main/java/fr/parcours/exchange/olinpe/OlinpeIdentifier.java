package fr.parcours.exchange.olinpe;

import fr.parcours.model.Person;
import fr.parcours.privacy.identity.IdentityKeys;
import fr.parcours.privacy.identity.PersonIdentity;
import fr.parcours.privacy.keys.KeyPurpose;
import fr.parcours.privacy.keys.MasterSecret;
import fr.parcours.privacy.keys.Pseudonymiser;

/**
 * NUMANONYM (CASF D226-3-4): the OLINPE identifier of {@code parcours-privacy}, HMAC-SHA256 under the
 * key derived for {@link KeyPurpose#OLINPE} and the département, of
 * {@code O1|phon(first given name)|MM|yyyy|phon(mother's birth name)} ({@link IdentityKeys#olinpeKey}),
 * 40 hexadecimal characters. Not thread-safe (one per thread, see {@link Pseudonymiser#copy}).
 */
public final class OlinpeIdentifier {
  public static final int LENGTH = 40;
  private final Pseudonymiser hmac;

  public OlinpeIdentifier(MasterSecret master, String departement) {
    this.hmac = new Pseudonymiser(master.derive(KeyPurpose.OLINPE, departement), LENGTH);
  }

  public String of(Person p) {
    return hmac.apply(IdentityKeys.olinpeKey(new PersonIdentity(p.birthName(), p.usageName(), p.firstNames(), p.birthDate(), p.motherBirthName())));
  }
}
