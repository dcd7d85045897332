package fr.parcours.app.privacy;

import static fr.parcours.app.privacy.InProcess.parcours;
import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.app.privacy.InProcess.Run;
import fr.parcours.engine.workspace.WorkspaceIngest;
import fr.parcours.ingest.load.IngestProgress;
import fr.parcours.ingest.mapping.MappingLoader;
import fr.parcours.ingest.synthetic.GeneratorSettings;
import fr.parcours.ingest.synthetic.SyntheticExtractGenerator;
import fr.parcours.privacy.convention.ConventionLoader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** parcours key rotate and parcours access, in-process. */
class PrivacyCommandsTest {
  static final String PASS = "cheval agrafe batterie correcte";
  static final String NEW_PASS = "nouvelle phrase pour le coffre";
  static final Map<String, String> ENV = Map.of("PARCOURS_PASSPHRASE", PASS);
  static final Map<String, String> ROTATE = Map.of("PARCOURS_PASSPHRASE", PASS, "PARCOURS_NEW_PASSPHRASE", NEW_PASS);
  static final Map<String, String> AFTER = Map.of("PARCOURS_PASSPHRASE", NEW_PASS, "PARCOURS_PGP_PASSPHRASE", PASS);
  @TempDir Path dir;

  static String s(Path p) {
    return p.toString();
  }

  /** A workspace bound to coffre.json by one package; returns the generated extract folder. */
  Path boundWorkspace() throws Exception {
    Path cles = dir.resolve("cles");
    assertThat(parcours(ENV, "pgp", "keygen", "--name", "responsable", "--bits", "2048", "--out", s(cles)).code()).isZero();
    assertThat(parcours(ENV, "pgp", "keygen", "--name", "arpe", "--bits", "2048", "--out", s(cles)).code()).isZero();
    assertThat(parcours(ENV, "key", "init", "--keystore", s(dir.resolve("coffre.json"))).code()).isZero();
    // A 300-person extract cannot be 5-anonymous on the first-entry date as well: leave it out here.
    Files.writeString(dir.resolve("convention.yaml"), ConventionLoader.demoText().replace(", date_premiere_entree", ""), StandardCharsets.UTF_8);
    var g = new SyntheticExtractGenerator(GeneratorSettings.of(dir.resolve("extrait")).withTruth(dir.resolve("verite")).withPersons(300).withSeed(3)
        .withDirtRate(0)).generate();
    WorkspaceIngest.run(g.out(), MappingLoader.builtIn(), dir.resolve("ws"), null, IngestProgress.NONE);
    Run p = pack("p1.pgp", "coffre.json", ENV);
    assertThat(p.code()).as(p.all()).isZero();
    return g.out();
  }

  Run pack(String out, String keystore, Map<String, String> env) {
    return parcours(env, "package", "--workspace", s(dir.resolve("ws")), "--convention", s(dir.resolve("convention.yaml")), "--recipient", "arpe",
        "--keystore", s(dir.resolve(keystore)), "--signing-key", s(dir.resolve("cles/responsable.secret.asc")), "--out", s(dir.resolve(out)));
  }

  /** The first person of individus.csv: {id, birth name, first names, birth date}. */
  static String[] firstPerson(Path extract) throws Exception {
    byte[] b = Files.readAllBytes(extract.resolve("individus.csv"));
    String text = new String(b, StandardCharsets.UTF_8);
    if (text.contains("\uFFFD")) text = new String(b, Charset.forName("windows-1252"));
    String[] lines = text.split("\r?\n");
    List<String> h = Arrays.asList(lines[0].replace("\uFEFF", "").split(";", -1));
    String[] c = lines[1].split(";", -1);
    return new String[] {c[h.indexOf("id_individu")], c[h.indexOf("nom_naissance")], c[h.indexOf("prenoms")], c[h.indexOf("date_naissance")]};
  }

  @Test
  void rotateThenPackageWithTheNewKeyAndRefuseTheOldOne() throws Exception {
    boundWorkspace();
    String ws = s(dir.resolve("ws"));
    Path newKs = dir.resolve("nouveau-coffre.json");

    Run noNewPass = parcours(ENV, "key", "rotate", "--workspace", ws, "--keystore", s(dir.resolve("coffre.json")), "--new-keystore", s(newKs));
    assertThat(noNewPass.code()).isEqualTo(2);
    assertThat(noNewPass.err()).contains("PARCOURS_NEW_PASSPHRASE");
    assertThat(newKs).doesNotExist();
    Run same = parcours(ROTATE, "key", "rotate", "--workspace", ws, "--keystore", s(dir.resolve("coffre.json")), "--new-keystore",
        s(dir.resolve("coffre.json")));
    assertThat(same.code()).isEqualTo(2);
    assertThat(same.err()).contains("même fichier");

    Run rotate = parcours(ROTATE, "key", "rotate", "--workspace", ws, "--keystore", s(dir.resolve("coffre.json")), "--new-keystore", s(newKs));
    assertThat(rotate.code()).as(rotate.all()).isZero();
    assertThat(rotate.out()).contains("Clé changée : ", "Table de passage", "conv-2026-metropole-x-arpe/arpe");
    assertThat(newKs).exists();
    try (var s = Files.list(dir.resolve("ws/rotations"))) {
      assertThat(s.map(p -> p.getFileName().toString())).singleElement().asString().startsWith("table-passage-").endsWith(".csv");
    }

    Run old = pack("p2.pgp", "coffre.json", ENV);
    assertThat(old.code()).isEqualTo(2);
    assertThat(old.err()).contains("a été retirée de ce workspace par parcours key rotate", "Utilisez le nouveau coffre");
    assertThat(dir.resolve("p2.pgp")).doesNotExist();
    Run fresh = pack("p2.pgp", "nouveau-coffre.json", AFTER);
    assertThat(fresh.code()).as(fresh.all()).isZero();

    Run audit = parcours(ENV, "audit", "verify", "--log", s(dir.resolve("ws/journal-audit.jsonl")));
    assertThat(audit.code()).isZero();
    assertThat(audit.out()).contains("cle_rotation");
    for (Run r : List.of(noNewPass, same, rotate, old, fresh, audit)) assertThat(r.all()).doesNotContain(PASS).doesNotContain(NEW_PASS);
  }

  @Test
  void accessAnswersByIdAndByIdentityAndLogsNoIdentity() throws Exception {
    Path extract = boundWorkspace();
    String[] p = firstPerson(extract);
    String ws = s(dir.resolve("ws"));
    String ks = s(dir.resolve("coffre.json"));

    Run byId = parcours(ENV, "access", "--workspace", ws, "--keystore", ks, "--person-id", p[0], "--format", "texte");
    assertThat(byId.code()).as(byId.all()).isZero();
    assertThat(byId.out()).contains("RÉPONSE À UNE DEMANDE D'ACCÈS", "Individus (1 ligne(s))", "TRANSMISSIONS", "à arpe, convention conv-2026-metropole-x-arpe");

    Path html = dir.resolve("reponse.html");
    Run byIdentity = parcours(ENV, "access", "--workspace", ws, "--keystore", ks, "--identity", p[1] + ";" + p[2] + ";" + p[3], "--format", "html",
        "--out", s(html));
    assertThat(byIdentity.code()).as(byIdentity.all()).isZero();
    assertThat(byIdentity.out()).contains("Réponse écrite", "1 paquet(s)");
    assertThat(Files.readString(html)).contains("<h1>Réponse à une demande d'accès", "<td>arpe</td>", p[0]);

    Run exists = parcours(ENV, "access", "--workspace", ws, "--keystore", ks, "--person-id", p[0], "--out", s(html));
    assertThat(exists.code()).isEqualTo(2);
    assertThat(exists.err()).contains("existe déjà");
    Run both = parcours(ENV, "access", "--workspace", ws, "--keystore", ks, "--person-id", p[0], "--identity", "A;B;01/01/2000");
    assertThat(both.code()).isEqualTo(2);
    Run badDate = parcours(ENV, "access", "--workspace", ws, "--keystore", ks, "--identity", "DUPONT;Léa;2007-03-05");
    assertThat(badDate.code()).isEqualTo(2);
    assertThat(badDate.err()).contains("jj/mm/aaaa");

    String log = Files.readString(dir.resolve("ws/journal-audit.jsonl"));
    assertThat(log).contains("\"operation\":\"acces\"").doesNotContain(p[1]).doesNotContain(p[2]).doesNotContain(p[3]).doesNotContain("\"" + p[0] + "\"");
    assertThat(log.lines().filter(l -> l.contains("\"operation\":\"acces\""))).hasSize(2);
  }

  @Test
  void splitIntoSharesThenJoinAnyThreshold() throws Exception {
    Path ks = dir.resolve("coffre.json");
    Run init = parcours(ENV, "key", "init", "--keystore", s(ks));
    assertThat(init.code()).isZero();
    String fp = init.out().replaceAll("(?s).*Empreinte de la clé : ([0-9a-f-]+).*", "$1").strip();
    Run split = parcours(ENV, "key", "split", "--keystore", s(ks), "--shares", "5", "--threshold", "3", "--out", s(dir.resolve("parts")));
    assertThat(split.code()).as(split.all()).isZero();
    assertThat(split.out()).contains("5 parts écrites", "il en faut 3", fp);
    Path p = dir.resolve("parts");
    Run join = parcours(Map.of("PARCOURS_PASSPHRASE", NEW_PASS), "key", "join", "--share", s(p.resolve("part-2-sur-5.json")),
        "--share", s(p.resolve("part-5-sur-5.json")), "--share", s(p.resolve("part-3-sur-5.json")), "--keystore", s(dir.resolve("reconstitue.json")));
    assertThat(join.code()).as(join.all()).isZero();
    assertThat(join.out()).contains("Empreinte de la clé : " + fp);
    Run fingerprint = parcours(Map.of("PARCOURS_PASSPHRASE", NEW_PASS), "key", "fingerprint", "--keystore", s(dir.resolve("reconstitue.json")));
    assertThat(fingerprint.out()).contains(fp);

    Run tooFew = parcours(ENV, "key", "join", "--share", s(p.resolve("part-1-sur-5.json")), "--share", s(p.resolve("part-4-sur-5.json")),
        "--keystore", s(dir.resolve("trop-peu.json")));
    assertThat(tooFew.code()).isEqualTo(2);
    assertThat(tooFew.err()).contains("il en faut 3 sur 5");
    assertThat(dir.resolve("trop-peu.json")).doesNotExist();
    Run badK = parcours(ENV, "key", "split", "--keystore", s(ks), "--shares", "3", "--threshold", "5", "--out", s(dir.resolve("parts2")));
    assertThat(badK.code()).isEqualTo(2);
    assertThat(dir.resolve("parts2")).doesNotExist();
    String log = Files.readString(dir.resolve("journal-audit.jsonl"));
    assertThat(log).contains("cle_partage", "cle_reconstitution");
    for (Run r : List.of(init, split, join, tooFew, badK)) assertThat(r.all()).doesNotContain(PASS).doesNotContain(NEW_PASS);
  }
}
