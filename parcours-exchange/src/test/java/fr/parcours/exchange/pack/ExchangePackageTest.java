package fr.parcours.exchange.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.parcours.exchange.pgp.Pgp;
import fr.parcours.model.ParcoursException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExchangePackageTest {
  @TempDir static Path keys;
  @TempDir Path tmp;
  static final char[] PASS = "phrase de test assez longue".toCharArray();

  @BeforeAll
  static void throwawayKeys() {
    Pgp.generate("Responsable <r@example.org>", PASS, 2048, keys.resolve("resp.asc"), keys.resolve("resp.secret.asc"));
    Pgp.generate("Partenaire <p@example.org>", PASS, 2048, keys.resolve("part.asc"), keys.resolve("part.secret.asc"));
    Pgp.generate("Autre <a@example.org>", PASS, 2048, keys.resolve("autre.asc"), keys.resolve("autre.secret.asc"));
  }

  Path build() throws Exception {
    Path staging = Files.createDirectories(tmp.resolve("staging/tables"));
    Files.writeString(staging.resolve("persons.parquet"), "contenu factice");
    Manifest m = new Manifest(1, "p1", "conv", "part", "2000-01-01", "2025-12-31", "2025-12-31", "2026-01-01T00:00:00Z", "ab-cd",
        java.util.List.of(), Map.of("k", 5));
    Path out = tmp.resolve("paquet.pgp");
    ExchangePackage.write(tmp.resolve("staging"), m, Map.of("tables/persons.parquet", 1L), Map.of("tables/persons.parquet", "persons"),
        keys.resolve("part.asc"), keys.resolve("resp.secret.asc"), PASS, out);
    return out;
  }

  @Test
  void roundTrip() throws Exception {
    Path p = build();
    assertThat(new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("contenu factice");
    Manifest m = ExchangePackage.open(p, keys.resolve("part.secret.asc"), PASS, keys.resolve("resp.asc"), tmp.resolve("ouvert"));
    assertThat(m.files()).singleElement().satisfies(f -> assertThat(f.rows()).isEqualTo(1));
    assertThat(Files.readString(tmp.resolve("ouvert/tables/persons.parquet"))).isEqualTo("contenu factice");
    assertThat(Files.readString(tmp.resolve("ouvert/manifeste.json"))).contains("\"empreinte_cle\" : \"ab-cd\"");
  }

  @Test
  void wrongKeyIsRefusedAndNothingWritten() throws Exception {
    Path p = build();
    assertThatThrownBy(() -> ExchangePackage.open(p, keys.resolve("autre.secret.asc"), PASS, keys.resolve("resp.asc"), tmp.resolve("ouvert")))
        .isInstanceOf(ParcoursException.class).hasMessageContaining("mauvaise clé");
    assertThat(tmp.resolve("ouvert")).doesNotExist();
    assertThatThrownBy(() -> ExchangePackage.open(p, keys.resolve("part.secret.asc"), PASS, keys.resolve("autre.asc"), tmp.resolve("ouvert")))
        .hasMessageContaining("clé inconnue");
    assertThatThrownBy(() -> ExchangePackage.open(p, keys.resolve("part.secret.asc"), "mauvaise phrase secrète".toCharArray(), keys.resolve("resp.asc"),
        tmp.resolve("ouvert"))).hasMessageContaining("Phrase secrète incorrecte");
    assertThat(tmp.resolve("ouvert")).doesNotExist();
    try (var s = Files.list(tmp)) {
      assertThat(s.map(x -> x.getFileName().toString())).noneMatch(n -> n.startsWith(".ouverture-"));
    }
  }

  @Test
  void tamperedPackageIsRefused() throws Exception {
    Path p = build();
    byte[] b = Files.readAllBytes(p);
    for (int pos : new int[] {b.length / 2, b.length - 30}) {
      byte[] c = b.clone();
      c[pos] ^= 0x5A;
      Path t = tmp.resolve("altere-" + pos + ".pgp");
      Files.write(t, c);
      assertThatThrownBy(() -> ExchangePackage.open(t, keys.resolve("part.secret.asc"), PASS, keys.resolve("resp.asc"), tmp.resolve("o" + pos)))
          .isInstanceOf(ParcoursException.class).hasMessageContaining("Rien n'a été écrit");
      assertThat(tmp.resolve("o" + pos)).doesNotExist();
    }
  }
}
