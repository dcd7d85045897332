package fr.parcours.ingest.synthetic;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Invented identities from small lists of common French names (and of names common in the
 * countries unaccompanied minors come from), and the spelling variants a second registration
 * of the same child produces (accents dropped, hyphen lost, a letter doubled or dropped…).
 */
final class Names {

  /** A person's identity as the source holds it. */
  record Identity(String birthName, String usageName, String firstNames, String birthCommune, String motherBirthName) {}

  static final Names INSTANCE = new Names();

  private final List<String> surnames = single("noms.txt");
  private final List<String> mnaSurnames = single("noms-mna.txt");
  private final List<String> boys = single("prenoms-garcons.txt");
  private final List<String> girls = single("prenoms-filles.txt");
  private final List<String> mnaBoys = new ArrayList<>();
  private final List<String> mnaGirls = new ArrayList<>();
  private final WeightedChoice<String> communes = weighted("communes.txt");
  private final WeightedChoice<String> mnaCommunes = weighted("communes-mna.txt");

  private Names() {
    for (String[] r : Resources.rows("prenoms-mna.txt")) {
      (Codes.MALE.equals(r[0]) ? mnaBoys : mnaGirls).add(r[1]);
    }
  }

  Identity draw(SplittableRandom rng, boolean male, boolean mna, boolean adultWoman) {
    String birthName = pick(rng, mna ? mnaSurnames : surnames);
    List<String> firsts = mna ? (male ? mnaBoys : mnaGirls) : (male ? boys : girls);
    int count = mna ? 1 + (rng.nextDouble() < 0.2 ? 1 : 0) : 1 + (rng.nextDouble() < 0.55 ? 1 : 0) + (rng.nextDouble() < 0.2 ? 1 : 0);
    StringBuilder first = new StringBuilder(pick(rng, firsts));
    String separator = rng.nextDouble() < 0.3 ? ", " : " ";
    for (int i = 1; i < count; i++) {
      String next = pick(rng, firsts);
      if (first.indexOf(next) < 0) first.append(separator).append(next);
    }
    double u = rng.nextDouble();
    String usage = u < 0.7 ? birthName : u < 0.95 ? "" : adultWoman ? pick(rng, surnames) : birthName;
    String commune = rng.nextDouble() < 0.1 ? "" : (mna ? mnaCommunes : communes).draw(rng);
    double motherFilled = mna ? 0.3 : 0.88;
    String mother = rng.nextDouble() < motherFilled ? (mna ? pick(rng, mnaSurnames) : pick(rng, surnames)) : "";
    if (!mna && rng.nextDouble() < 0.35 && !mother.isEmpty()) mother = birthName;
    return new Identity(birthName, usage, first.toString(), commune, mother);
  }

  /** A spelling variant of a name, always different from it. */
  static String variant(String name, SplittableRandom rng) {
    String stripped = stripAccents(name);
    List<String> candidates = new ArrayList<>(6);
    if (!stripped.equals(name)) candidates.add(stripped);
    if (name.contains("-")) candidates.add(name.replace('-', ' '));
    if (name.contains("'")) candidates.add(name.replace("'", ""));
    if (name.contains(" ")) candidates.add(name.replace(" ", ""));
    int i = firstDoubleable(name);
    if (i >= 0) candidates.add(name.substring(0, i + 1) + name.charAt(i) + name.substring(i + 1));
    if (name.contains("ph")) candidates.add(name.replace("ph", "f"));
    if (name.contains("y")) candidates.add(name.replace('y', 'i'));
    if (name.endsWith("e")) candidates.add(name.substring(0, name.length() - 1));
    else candidates.add(name + "e");
    String v = candidates.get(rng.nextInt(candidates.size()));
    return v.equals(name) ? name + "e" : v;
  }

  static String stripAccents(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) b.append(c);
    }
    return b.toString();
  }

  private static int firstDoubleable(String name) {
    for (int i = 1; i < name.length() - 1; i++) {
      char c = name.charAt(i);
      if ("lnrst".indexOf(c) >= 0 && name.charAt(i - 1) != c && name.charAt(i + 1) != c) return i;
    }
    return -1;
  }

  private static String pick(SplittableRandom rng, List<String> list) {
    return list.get(rng.nextInt(list.size()));
  }

  private static List<String> single(String name) {
    List<String> out = new ArrayList<>();
    for (String[] r : Resources.rows(name)) out.add(r[0]);
    return out;
  }

  private static WeightedChoice<String> weighted(String name) {
    List<String[]> rows = Resources.rows(name);
    List<String> values = new ArrayList<>();
    double[] w = new double[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      values.add(rows.get(i)[0]);
      w[i] = Double.parseDouble(rows.get(i)[1]);
    }
    return new WeightedChoice<>(values, w);
  }
}
