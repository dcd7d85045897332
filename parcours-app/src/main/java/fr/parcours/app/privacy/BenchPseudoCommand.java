package fr.parcours.app.privacy;

import fr.parcours.privacy.identity.IdentityKeys;
import fr.parcours.privacy.identity.PersonIdentity;
import fr.parcours.privacy.keys.KeyPurpose;
import fr.parcours.privacy.keys.MasterSecret;
import fr.parcours.privacy.keys.Pseudonymiser;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parcours bench pseudo}: pseudonymisation throughput (normalise, phonetic keys, HMAC of
 * both identifiers) against a bare HMAC-SHA256 loop over the same identity strings, one thread.
 */
@Command(name = "pseudo", mixinStandardHelpOptions = true,
    description = "Débit de pseudonymisation (normalisation + phonétique + 2 HMAC) contre une boucle HMAC-SHA256 nue, même exécution.")
public final class BenchPseudoCommand implements Callable<Integer> {
  static final String[] FAMILY = {"Lefèvre", "Dupont", "N'Diaye", "de la Fontaine", "Martin", "Bernard", "Moreau", "Petit-Jean", "Lefebvre", "Rousseau",
      "Garçon", "Nguyen", "Benhamou", "Le Goff", "Mohamed", "Traoré", "Kéita", "Dubois", "Fournier", "Girard"};
  static final String[] FIRST = {"Marie-Ève", "Kévin", "Léa", "Mohamed", "Chloé", "Mathis", "Yanis", "Inès", "Noah", "Zoé", "Théo Louis", "Éloïse Marie",
      "Jean-Pierre", "Aïcha", "Lucas", "Emma", "Sébastien", "Camille", "Hugo", "Anaïs"};

  @Option(names = "--persons", defaultValue = "1000000", description = "Nombre d'identités (défaut : ${DEFAULT-VALUE}).")
  int persons;

  @Option(names = "--seed", defaultValue = "42", description = "Graine des identités synthétiques.")
  long seed;

  @Override
  public Integer call() {
    SplittableRandom rnd = new SplittableRandom(seed);
    PersonIdentity[] ids = new PersonIdentity[persons];
    String[] raw = new String[persons];
    for (int i = 0; i < persons; i++) {
      LocalDate d = LocalDate.ofEpochDay(10_000 + rnd.nextInt(8_000));
      ids[i] = new PersonIdentity(FAMILY[rnd.nextInt(FAMILY.length)] + (i % 7 == 0 ? "-" + FAMILY[rnd.nextInt(FAMILY.length)] : ""), null,
          FIRST[rnd.nextInt(FIRST.length)], d, FAMILY[rnd.nextInt(FAMILY.length)]);
      raw[i] = ids[i].birthName() + "|" + ids[i].firstNames() + "|" + d + "|" + ids[i].motherBirthName();
    }
    try (MasterSecret m = MasterSecret.generate()) {
      Pseudonymiser person = new Pseudonymiser(m.derive(KeyPurpose.PERSON_PSEUDONYM, "bench/r"), 32);
      Pseudonymiser olinpe = new Pseudonymiser(m.derive(KeyPurpose.OLINPE, "999"), 40);
      Pseudonymiser bare = new Pseudonymiser(m.derive(KeyPurpose.ROW_PSEUDONYM, "bench"), 32);
      long sink = 0;
      // Warm-up on a slice, then measure each loop twice and keep the best.
      for (int w = 0; w < 2; w++) {
        for (int i = 0; i < Math.min(persons, 200_000); i++) {
          sink += pseudo(ids[i], person, olinpe).length();
          sink += bare.apply(raw[i]).length();
        }
      }
      double bestPseudo = Double.MAX_VALUE;
      double bestHmac = Double.MAX_VALUE;
      for (int rep = 0; rep < 2; rep++) {
        long t0 = System.nanoTime();
        for (int i = 0; i < persons; i++) sink += pseudo(ids[i], person, olinpe).length();
        long t1 = System.nanoTime();
        for (int i = 0; i < persons; i++) sink += bare.apply(raw[i]).length();
        long t2 = System.nanoTime();
        bestPseudo = Math.min(bestPseudo, (t1 - t0) / 1e9);
        bestHmac = Math.min(bestHmac, (t2 - t1) / 1e9);
      }
      System.out.printf(Locale.ROOT, "persons=%d threads=1 java=%s%n", persons, System.getProperty("java.version"));
      System.out.printf(Locale.ROOT, "pseudo_persons_per_s=%.0f%n", persons / bestPseudo);
      System.out.printf(Locale.ROOT, "hmac_strings_per_s=%.0f%n", persons / bestHmac);
      System.out.printf(Locale.ROOT, "checksum=%d%n", sink % 1000);
      System.out.printf(Locale.ROOT, "ratio_pseudo_vs_hmac=%.2f%n", bestPseudo / bestHmac);
    }
    return 0;
  }

  static String pseudo(PersonIdentity p, Pseudonymiser person, Pseudonymiser olinpe) {
    String[] keys = IdentityKeys.both(p);
    String a = person.apply(keys[0]);
    String b = olinpe.apply(keys[1]);
    return a.length() > b.length() ? a : b;
  }
}
