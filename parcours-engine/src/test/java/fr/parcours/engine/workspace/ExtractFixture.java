package fr.parcours.engine.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes small reference extracts by hand, file by file, for tests of the ingestion. */
final class ExtractFixture {
  private static final Map<String, String> HEADERS = new LinkedHashMap<>();

  static {
    HEADERS.put("extraction.csv", "date_extraction;departement;logiciel");
    HEADERS.put("individus.csv", "id_individu;nom_usage;nom_naissance;prenoms;sexe;date_naissance;commune_naissance;nom_naissance_mere;mna;date_deces");
    HEADERS.put("informations_preoccupantes.csv", "id_ip;id_individu;date_reception;origine;types_danger;date_suite;suite");
    HEADERS.put("mesures.csv", "id_mesure;id_individu;type_mesure;nature;decideur;date_debut;date_fin;motif_fin;territoire");
    HEADERS.put("lieux_accueil.csv", "id_lieu;id_mesure;id_individu;type_lieu;date_debut;date_fin;departement_lieu");
    HEADERS.put("rsa.csv", "id_droit;id_individu;date_ouverture;date_fermeture");
    HEADERS.put("logement.csv", "id_demarche;id_individu;type_demarche;date_demarche");
    HEADERS.put("mdph.csv", "id_decision;id_individu;type_decision;date_decision;date_fin_droit");
  }

  private final Map<String, List<String>> rows = new LinkedHashMap<>();
  private final Map<String, String> headers = new LinkedHashMap<>(HEADERS);
  private Charset charset = Charset.forName("windows-1252");
  private boolean bom;

  ExtractFixture() {
    HEADERS.keySet().forEach(f -> rows.put(f, new ArrayList<>()));
    add("extraction.csv", "31/12/2025;999;IODAS");
  }

  /** A small clean extract: two persons, a few measures and places. */
  static ExtractFixture basic() {
    return new ExtractFixture()
        .add("individus.csv", "I1;;DUPONT;Léa;F;12/03/2005;Lyon;MARTIN;N;")
        .add("individus.csv", "I2;LEFÈVRE;N'DIAYE;Éloïse Marie;F;01/07/2003;Vénissieux;GARÇON;N;")
        .add("individus.csv", "I3;;KONÉ;Moussa;M;15/09/2006;;;O;")
        .add("informations_preoccupantes.csv", "IP1;I1;02/02/2009;EDUCATION;NEGLIG|VIOLPSY;01/04/2009;SIGNALEMENT")
        .add("mesures.csv", "M1;I1;AEMO;Judiciaire;JE;01/01/2010;31/12/2011;RELAIS;T01")
        .add("mesures.csv", "M2;I1;PJ;Judiciaire;JE;01/01/2012;;;T01")
        .add("mesures.csv", "M3;I2;AED;Administrative;PCD;01/09/2015;30/06/2016;FIN_CONTRAT;T02")
        .add("mesures.csv", "M4;I3;PJ;Judiciaire;JE;01/10/2022;;;T03")
        .add("lieux_accueil.csv", "L1;M2;I1;AF;01/01/2012;01/06/2013;999")
        .add("lieux_accueil.csv", "L2;M2;I1;MECS;01/06/2013;;999")
        .add("lieux_accueil.csv", "L3;M4;I3;FOYER;01/10/2022;;999")
        .add("rsa.csv", "R1;I2;01/03/2024;")
        .add("logement.csv", "H1;I2;DEMANDE_HLM;15/01/2024")
        .add("mdph.csv", "D1;I1;AEEH;10/10/2014;09/10/2017");
  }

  ExtractFixture add(String file, String line) {
    rows.get(file).add(line);
    return this;
  }

  ExtractFixture charset(Charset cs, boolean withBom) {
    this.charset = cs;
    this.bom = withBom;
    return this;
  }

  ExtractFixture without(String file) {
    rows.remove(file);
    return this;
  }

  ExtractFixture header(String file, String header) {
    headers.put(file, header);
    return this;
  }

  Path write(Path dir) {
    try {
      Files.createDirectories(dir);
      for (Map.Entry<String, List<String>> e : rows.entrySet()) {
        StringBuilder sb = new StringBuilder(headers.get(e.getKey())).append("\r\n");
        for (String l : e.getValue()) sb.append(l).append("\r\n");
        byte[] body = sb.toString().getBytes(charset);
        byte[] out = body;
        if (bom) {
          out = new byte[body.length + 3];
          out[0] = (byte) 0xEF;
          out[1] = (byte) 0xBB;
          out[2] = (byte) 0xBF;
          System.arraycopy(body, 0, out, 3, body.length);
        }
        Files.write(dir.resolve(e.getKey()), out);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
