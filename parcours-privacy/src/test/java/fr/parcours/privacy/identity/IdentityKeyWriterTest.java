package fr.parcours.privacy.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.privacy.keys.KeyPurpose;
import fr.parcours.privacy.keys.MasterSecret;
import fr.parcours.privacy.keys.Pseudonymiser;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The fast path ({@link IdentityKeyWriter}) against the plain one ({@link IdentityKeys}): same bytes, same pseudonyms. */
class IdentityKeyWriterTest {
  static final List<String> PIECES = List.of("a", "e", "i", "o", "u", "y", "b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "q", "r", "s", "t",
      "v", "w", "x", "z", "E", "A", "U", "CH", "ph", "gn", "qu", "eau", "ai", "oi", "ou", "sch", "th", "bv", "ck", "é", "è", "ê", "ë", "à", "â", "ç",
      "î", "ï", "ô", "ö", "û", "ü", "œ", "æ", "ß", "ø", "ł", "ñ", "Ç", "É", "Œ", "'", "’", "-", " ", ", ", "(", ")", "2", ".", "/", "de ", " de la",
      " DU", "Le ", " van", " (de)", "mc", "ǅ", "ﬃ", "\u0301", "Ω", "\u00A0");

  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> s = Arbitraries.of(PIECES).list().ofMinSize(0).ofMaxSize(9).map(l -> String.join("", l));
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just((String) null)), net.jqwik.api.Tuple.of(12, s));
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    Arbitrary<LocalDate> d = Arbitraries.integers().between(-2_000, 2_960_000).map(LocalDate::ofEpochDay);
    Arbitrary<LocalDate> odd = Arbitraries.of(LocalDate.of(999, 1, 1), LocalDate.of(12_000, 5, 6), LocalDate.of(-5, 2, 3), LocalDate.of(2007, 3, 5));
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just((LocalDate) null)), net.jqwik.api.Tuple.of(2, odd),
        net.jqwik.api.Tuple.of(12, d));
  }

  @Provide
  Arbitrary<PersonIdentity> identities() {
    return Combinators.combine(names(), names(), names(), dates(), names()).as(PersonIdentity::new);
  }

  @Provide
  Arbitrary<List<PersonIdentity>> identityLists() {
    return identities().list().ofMaxSize(20);
  }

  @Property(tries = 5000)
  void sameKeysAsThePlainPath(@ForAll("identities") PersonIdentity p) {
    IdentityKeyWriter w = new IdentityKeyWriter();
    w.write(p);
    assertThat(w.personKeyString()).isEqualTo(IdentityKeys.personKey(p).orElse(null));
    assertThat(w.olinpeKeyString()).isEqualTo(IdentityKeys.olinpeKey(p));
    String[] both = IdentityKeys.both(p);
    assertThat(w.personKeyString()).isEqualTo(both[0]);
    assertThat(w.olinpeKeyString()).isEqualTo(both[1]);
  }

  @Property(tries = 300)
  void aReusedWriterGivesTheSameAsAFreshOne(@ForAll("identityLists") List<PersonIdentity> ps) {
    IdentityKeyWriter reused = new IdentityKeyWriter();
    for (PersonIdentity p : ps) {
      reused.write(p);
      IdentityKeyWriter fresh = new IdentityKeyWriter();
      fresh.write(p);
      assertThat(reused.personKeyString()).isEqualTo(fresh.personKeyString());
      assertThat(reused.olinpeKeyString()).isEqualTo(fresh.olinpeKeyString());
    }
  }

  @Test
  void knownIdentitiesAndPseudonymsFromBytes() {
    IdentityKeyWriter w = new IdentityKeyWriter();
    for (var p : List.of(new PersonIdentity("FONTAINE (de la)", null, "Marie-Ève", LocalDate.of(2007, 3, 5), "Lefèvre"),
        new PersonIdentity("Fontaine de La", null, "Kévin", LocalDate.of(2006, 11, 30), null),
        new PersonIdentity(null, "N'Diaye", "Aïcha", LocalDate.of(2008, 2, 1), "de la Fontaine"),
        new PersonIdentity("", "", "Léa", null, ""))) {
      w.write(p);
      assertThat(w.personKeyString()).isEqualTo(IdentityKeys.personKey(p).orElse(null));
      assertThat(w.olinpeKeyString()).isEqualTo(IdentityKeys.olinpeKey(p));
    }
    try (MasterSecret m = MasterSecret.generate()) {
      Pseudonymiser ps = new Pseudonymiser(m.derive(KeyPurpose.PERSON_PSEUDONYM, "c/r"), 32);
      Pseudonymiser ol = new Pseudonymiser(m.derive(KeyPurpose.OLINPE, "999"), 40);
      var p = new PersonIdentity("Lefebvre", null, "Marie", LocalDate.of(2007, 3, 5), "Dupont");
      w.write(p);
      String s = IdentityKeys.personKey(p).orElseThrow();
      assertThat(ps.apply(w.personKey(), w.personKeyLength())).isEqualTo(ps.apply(s));
      assertThat(ol.apply(w.olinpeKey(), w.olinpeKeyLength())).isEqualTo(ol.apply(IdentityKeys.olinpeKey(p)));
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      assertThat(ps.apply(utf8, utf8.length)).isEqualTo(ps.apply(s));
    }
  }
}
