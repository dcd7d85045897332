package fr.parcours.engine.release;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.engine.workspace.WorkspaceIngest;
import fr.parcours.exchange.pack.ExchangePackage;
import fr.parcours.exchange.pgp.Pgp;
import fr.parcours.ingest.load.IngestProgress;
import fr.parcours.ingest.mapping.MappingLoader;
import fr.parcours.privacy.convention.ConventionLoader;
import fr.parcours.privacy.identity.FrenchNames;
import fr.parcours.privacy.keys.Keystore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** { generaliser: territoire } on birth_commune: territory codes leave, commune names never do. */
class CommuneTerritoryReleaseTest {
  static final char[] PASS = PartnerReleaseTest.PASS;
  /**
   * Birth communes as a source writes them, six persons each (three girls, three boys), paired so
   * that each territory holds two communes: the territory classes (sex × territory) have 6 persons,
   * the commune classes only 3 — k = 5 holds on territories and would fail on communes.
   */
  static final String[][] COMMUNES = {
      {"Lyon", "T01"}, {"LYON 3E", "T01"},
      {"Vénissieux", "T06"}, {"saint-fons", "T06"},
      {"Vaulx en Velin", "T05"}, {"DECINES CHARPIEU", "T05"},
      {"ST PRIEST", "T09"}, {"Bron", "T09"},
      {"Oullins", "T02"}, {"Sainte-Foy-lès-Lyon", "T02"},
      {"Caluire-et-Cuire", "T08"}, {"Neuville sur Saône", "T08"},
      {"Paris", "HORS_METROPOLE"}, {"Conakry (Guinée)", "HORS_METROPOLE"},
      {"Atlantis-sur-Mer", null}, {"", null}};
  /** One more person, alone in her territory class: suppressed for k. */
  static final String LONE = "Écully";
  static final String[] FAMILY = {"MARCHAND", "BERTIN", "COLLET", "HUMBERT", "PERRIN", "RENAUD"};
  static final String[] FIRST = {"Agathe", "Hugo", "Inès", "Jules", "Zoé", "Maxime"};

  @TempDir static Path keys;
  @TempDir Path tmp;

  @BeforeAll
  static void throwawayKeys() {
    Pgp.generate("Responsable <r@example.org>", PASS, 2048, keys.resolve("cles/responsable.asc"), keys.resolve("responsable.secret.asc"));
    Pgp.generate("ARPE <p@example.org>", PASS, 2048, keys.resolve("cles/arpe.asc"), keys.resolve("arpe.secret.asc"));
    Keystore.create(keys.resolve("coffre.json"), PASS, new Keystore.Argon2Cost(1024, 1, 1));
  }

  static List<String> communes() {
    List<String> out = new ArrayList<>();
    for (String[] c : COMMUNES) for (int i = 0; i < 6; i++) out.add(c[0]);
    out.add(LONE);
    return out;
  }

  /** A small extract in the reference format whose persons are born in {@link #communes()}. */
  static Path extract(Path dir) throws Exception {
    Files.createDirectories(dir);
    Random rnd = new Random(11);
    DateTimeFormatter fr = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    StringBuilder ind = new StringBuilder("id_individu;nom_usage;nom_naissance;prenoms;sexe;date_naissance;commune_naissance;nom_naissance_mere;mna;date_deces\r\n");
    StringBuilder mes = new StringBuilder("id_mesure;id_individu;type_mesure;nature;decideur;date_debut;date_fin;motif_fin;territoire\r\n");
    List<String> communes = communes();
    for (int i = 0; i < communes.size(); i++) {
      String id = "C" + i;
      boolean girl = i % 2 == 0 || i == communes.size() - 1;
      LocalDate birth = LocalDate.of(2003 + rnd.nextInt(4), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
      ind.append(id).append(";;").append(FAMILY[rnd.nextInt(FAMILY.length)]).append(i).append(';').append(FIRST[rnd.nextInt(FIRST.length)]).append(';')
          .append(girl ? "F" : "M").append(';').append(birth.format(fr)).append(';').append(communes.get(i)).append(";;N;\r\n");
      mes.append("M").append(id).append(';').append(id).append(";PJ;Judiciaire;JE;").append(birth.plusYears(8).format(fr)).append(";;;T01\r\n");
    }
    Files.write(dir.resolve("extraction.csv"), "date_extraction;departement;logiciel\r\n31/12/2024;999;IODAS\r\n".getBytes(PartnerReleaseTest.CP1252));
    Files.write(dir.resolve("individus.csv"), ind.toString().getBytes(PartnerReleaseTest.CP1252));
    Files.write(dir.resolve("mesures.csv"), mes.toString().getBytes(PartnerReleaseTest.CP1252));
    Files.write(dir.resolve("lieux_accueil.csv"), "id_lieu;id_mesure;id_individu;type_lieu;date_debut;date_fin;departement_lieu\r\n".getBytes(PartnerReleaseTest.CP1252));
    Files.write(dir.resolve("informations_preoccupantes.csv"), "id_ip;id_individu;date_reception;origine;types_danger;date_suite;suite\r\n".getBytes(PartnerReleaseTest.CP1252));
    Files.write(dir.resolve("rsa.csv"), "id_droit;id_individu;date_ouverture;date_fermeture\r\n".getBytes(PartnerReleaseTest.CP1252));
    Files.write(dir.resolve("logement.csv"), "id_demarche;id_individu;type_demarche;date_demarche\r\n".getBytes(PartnerReleaseTest.CP1252));
    Files.write(dir.resolve("mdph.csv"), "id_decision;id_individu;type_decision;date_decision;date_fin_droit\r\n".getBytes(PartnerReleaseTest.CP1252));
    return dir;
  }

  /** The demo convention with the commune generalised to its territory, and sex and commune as the quasi-identifiers. */
  static String convention() {
    String yaml = ConventionLoader.demoText().replaceAll("(?m)^quasi_identifiants: .*$", "quasi_identifiants: [sex, birth_commune]");
    yaml = yaml.replaceAll("(?m)^    birth_commune: .*\\n", "");
    return yaml.replace("    sex: garder\n", "    sex: garder\n    birth_commune: { generaliser: territoire }\n");
  }

  @Test
  void packageHoldsTerritoryCodesNeverCommuneNamesAndCountsUnknownCommunes() throws Exception {
    Path ws = tmp.resolve("ws");
    WorkspaceIngest.run(extract(tmp.resolve("x")), MappingLoader.builtIn(), ws, null, IngestProgress.NONE);
    Path conv = keys.resolve("convention-" + System.nanoTime() + ".yaml");
    Files.writeString(conv, convention());
    List<String> progress = new ArrayList<>();
    var r = PartnerRelease.run(new PartnerRelease.Settings(ws, conv, keys.resolve("coffre.json"), PASS, "arpe", keys.resolve("responsable.secret.asc"), PASS,
        null, tmp.resolve("p.pgp"), null), progress::add);

    // The k-anonymity step saw territories (classes of 6), not communes (classes of 3): only the lone person goes.
    assertThat(r.suppressed()).isEqualTo(1);
    assertThat(r.persons()).isEqualTo(COMMUNES.length * 6L);
    assertThat(r.manifest().privacy().get("quasi_identifiants")).isEqualTo(List.of("sex", "birth_commune"));
    assertThat(String.valueOf(r.manifest().privacy().get("communes_vers_territoires"))).isEqualTo("{persons.birth_commune={inconnues=6, vides=6}}");
    assertThat(progress).anyMatch(l -> l.contains("6 commune(s) absente(s) de la correspondance et 6 vide(s)"));

    Path open = tmp.resolve("ouvert");
    ExchangePackage.open(tmp.resolve("p.pgp"), keys.resolve("arpe.secret.asc"), PASS, keys.resolve("cles/responsable.asc"), open);
    Map<String, Integer> byTerritory = new TreeMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT coalesce(birth_commune, '(vide)'), count(*) FROM read_parquet('" + open.resolve("tables/persons.parquet")
            + "') GROUP BY 1")) {
      while (rs.next()) byTerritory.put(rs.getString(1), rs.getInt(2));
    }
    assertThat(byTerritory).isEqualTo(new TreeMap<>(Map.of("T01", 12, "T02", 12, "T05", 12, "T06", 12, "T08", 12, "T09", 12,
        "HORS_METROPOLE", 12, "(vide)", 12)));

    // Every byte of the opened package, and every value as text: no commune, in any spelling.
    String haystack = PartnerReleaseTest.allBytesAndValues(open);
    for (String commune : communes()) {
      if (commune.isEmpty()) continue;
      assertThat(haystack).as("commune trouvée dans le paquet : %s", commune).doesNotContain(commune);
      assertThat(haystack).as("commune normalisée trouvée dans le paquet : %s", commune).doesNotContain(FrenchNames.commune(commune));
    }
    assertThat(Files.readString(ws.resolve(PartnerRelease.AUDIT_LOG))).contains("communes_vers_territoires").doesNotContain("Atlantis", "Lyon");
  }
}
