package fr.parcours.app.privacy;

import fr.parcours.privacy.identity.IdentityKeyWriter;
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
 * The reference is {@link Pseudonymiser#apply(String)} on one identity string per person (UTF-8
 * encoding, HMAC-SHA256, hex): the cost of one keyed hash of that person's identity.
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
      IdentityKeyWriter keys = new IdentityKeyWriter();
      long sink = 0;
      // Warm-up on a slice.
      for (int w = 0; w < 2; w++) {
        for (int i = 0; i < Math.min(persons, 200_000); i++) {
          sink += pseudo(keys, ids[i], person, olinpe).length();
          sink += bare.apply(raw[i]).length();
        }
      }
      // Paired blocks: each block of persons is timed through both loops back to back (order
      // alternating), so both see the same machine load; the ratio is the median of the blocks'
      // ratios. Throughputs come from the best of the rounds' totals.
      int block = Math.min(persons, BLOCK);
      int blocks = (persons + block - 1) / block;
      double[] ratios = new double[ROUNDS * blocks];
      long[] pseudoTotal = new long[ROUNDS];
      long[] hmacTotal = new long[ROUNDS];
      int k = 0;
      for (int rep = 0; rep < ROUNDS; rep++) {
        for (int b = 0; b < blocks; b++) {
          int from = b * block;
          int to = Math.min(persons, from + block);
          long tp;
          long th;
          if (((rep + b) & 1) == 0) {
            long t0 = System.nanoTime();
            for (int i = from; i < to; i++) sink += pseudo(keys, ids[i], person, olinpe).length();
            long t1 = System.nanoTime();
            for (int i = from; i < to; i++) sink += bare.apply(raw[i]).length();
            long t2 = System.nanoTime();
            tp = t1 - t0;
            th = t2 - t1;
          } else {
            long t0 = System.nanoTime();
            for (int i = from; i < to; i++) sink += bare.apply(raw[i]).length();
            long t1 = System.nanoTime();
            for (int i = from; i < to; i++) sink += pseudo(keys, ids[i], person, olinpe).length();
            long t2 = System.nanoTime();
            th = t1 - t0;
            tp = t2 - t1;
          }
          pseudoTotal[rep] += tp;
          hmacTotal[rep] += th;
          ratios[k++] = (double) tp / th;
        }
      }
      double bestPseudo = java.util.Arrays.stream(pseudoTotal).min().orElseThrow() / 1e9;
      double bestHmac = java.util.Arrays.stream(hmacTotal).min().orElseThrow() / 1e9;
      java.util.Arrays.sort(ratios);
      System.out.printf(Locale.ROOT, "persons=%d threads=1 java=%s blocks=%dx%d%n", persons, System.getProperty("java.version"), ROUNDS, blocks);
      System.out.printf(Locale.ROOT, "pseudo_persons_per_s=%.0f%n", persons / bestPseudo);
      System.out.printf(Locale.ROOT, "hmac_strings_per_s=%.0f%n", persons / bestHmac);
      System.out.printf(Locale.ROOT, "ratio_best_totals=%.2f%n", bestPseudo / bestHmac);
      System.out.printf(Locale.ROOT, "ratio_blocks_min=%.2f ratio_blocks_max=%.2f%n", ratios[0], ratios[ratios.length - 1]);
      System.out.printf(Locale.ROOT, "checksum=%d%n", sink % 1000);
      System.out.printf(Locale.ROOT, "ratio_pseudo_vs_hmac=%.2f%n", median(ratios));
    }
    return 0;
  }

  static final int BLOCK = 50_000;
  static final int ROUNDS = 3;

  static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /**
   * One person through the production path ({@code PartnerRelease} computes person pseudonyms the
   * same way): both keys written by the fast key writer, then both HMACs.
   */
  static String pseudo(IdentityKeyWriter keys, PersonIdentity p, Pseudonymiser person, Pseudonymiser olinpe) {
    keys.write(p);
    String a = keys.personKeyLength() < 0 ? "" : person.apply(keys.personKey(), keys.personKeyLength());
    String b = olinpe.apply(keys.olinpeKey(), keys.olinpeKeyLength());
    return a.length() > b.length() ? a : b;
  }
}
