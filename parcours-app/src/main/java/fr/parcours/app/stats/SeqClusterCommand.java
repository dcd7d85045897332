package fr.parcours.app.stats;

import fr.parcours.model.ParcoursException;
import fr.parcours.stats.cluster.Dendrogram;
import fr.parcours.stats.cluster.DistanceMatrix;
import fr.parcours.stats.cluster.Pam;
import fr.parcours.stats.cluster.Ward;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parcours seq cluster}: typology from a distance file (the full N×N matrix written by
 * {@code parcours seq dist}: no header, comma separator, rows in input order). Ward's method gives
 * R's {@code cutree(hclust(as.dist(d), method = "ward.D2"), k)}; PAM gives R's
 * {@code cluster::pam(as.dist(d), k)$clustering}. Writes {@code row,cluster}, rows numbered from
 * 1 in input order, clusters numbered 1..k by order of first appearance.
 */
@Command(name = "cluster", mixinStandardHelpOptions = true,
    description = "Typologie à partir d'une matrice de distances (Ward ou PAM) : écrit row,cluster.")
public final class SeqClusterCommand implements Runnable {
  @CommandLine.Mixin SeqOutput output;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--dist", paramLabel = "FICHIER", required = true,
      description = "Matrice N×N des distances, sans en-tête (sortie de parcours seq dist).")
  Path dist;

  @Option(names = "--method", paramLabel = "METHODE", defaultValue = "ward",
      description = "ward (hclust ward.D2 coupé en k classes) ou pam (k-médoïdes) (défaut : ${DEFAULT-VALUE}).")
  String method;

  @Option(names = "--k", paramLabel = "K", required = true, description = "Nombre de classes.")
  int k;

  /** Clustering methods offered by the command. */
  enum Method {
    WARD,
    PAM
  }

  @Override
  public void run() {
    Method m = parseMethod(method);
    DistanceMatrix d = read(dist);
    if (k < 1 || k > d.size()) {
      throw new ParcoursException("Option --k invalide (" + k + ") : le nombre de classes doit être compris entre 1 et "
          + d.size() + " (le nombre de lignes de " + dist + ").");
    }
    int[] cluster = switch (m) {
      case WARD -> {
        Dendrogram h = Ward.cluster(d);
        yield h.cutree(k);
      }
      case PAM -> Pam.cluster(d, k).clustering();
    };
    output.write(spec.commandLine().getOut(), w -> {
      w.write("row,cluster\n");
      for (int i = 0; i < cluster.length; i++) {
        w.write(Integer.toString(i + 1));
        w.write(',');
        w.write(Integer.toString(cluster[i]));
        w.write('\n');
      }
    });
  }

  static Method parseMethod(String s) {
    try {
      return Method.valueOf(s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ParcoursException("Méthode inconnue « " + s + " » : --method attend ward ou pam.");
    }
  }

  /**
   * Reads a full N×N matrix into the compact triangle (R's {@code dist} order), checking as it
   * goes: N values on every line, N lines, numbers, zero diagonal, no negative value, and symmetry
   * (each value below the diagonal must equal its mirror, read earlier above the diagonal).
   */
  static DistanceMatrix read(Path file) {
    double[] tri = null;
    int n = -1;
    int i = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split(",", -1);
        if (n < 0) {
          n = f.length;
          if ((long) n * (n - 1) / 2 > Integer.MAX_VALUE - 8) {
            throw new ParcoursException(file + " : " + n + " colonnes, trop pour une matrice en mémoire (au plus "
                + DistanceMatrix.MAX_SIZE + "). Pour de très grands effectifs, utilisez CLARA depuis la bibliothèque.");
          }
          tri = new double[(int) ((long) n * (n - 1) / 2)];
        }
        if (f.length != n) {
          throw new ParcoursException(file + ", ligne " + lineNo + " : " + f.length + " valeurs au lieu de " + n
              + ". La matrice doit être carrée, sans en-tête ; produisez-la avec parcours seq dist.");
        }
        if (i >= n) {
          throw new ParcoursException(file + ", ligne " + lineNo + " : ligne en trop, la matrice a " + n
              + " colonnes donc " + n + " lignes.");
        }
        for (int j = 0; j < n; j++) {
          double v = parse(f[j], file, lineNo, j + 1);
          if (j == i) {
            if (v != 0) {
              throw new ParcoursException(file + ", ligne " + lineNo + ", colonne " + (j + 1) + " : la diagonale vaut "
                  + f[j].trim() + " au lieu de 0 ; ce fichier n'est pas une matrice de distances.");
            }
          } else if (j > i) {
            tri[index(n, i, j)] = v;
          } else if (tri[index(n, j, i)] != v) {
            throw new ParcoursException(file + ", ligne " + lineNo + ", colonne " + (j + 1) + " : " + f[j].trim()
                + " diffère de la valeur symétrique (ligne " + (j + 1) + ", colonne " + (i + 1) + ") "
                + tri[index(n, j, i)] + ". La matrice de distances doit être symétrique.");
          }
        }
        i++;
      }
    } catch (NoSuchFileException e) {
      throw new ParcoursException("Fichier introuvable : " + file + ". Vérifiez le chemin de la matrice de distances.");
    } catch (IOException e) {
      throw new ParcoursException("Lecture impossible de " + file + " : " + e.getMessage() + ".", e);
    }
    if (n < 0) {
      throw new ParcoursException(file + " est vide : attendu une matrice N×N de distances.");
    }
    if (i != n) {
      throw new ParcoursException(file + " : " + i + " lignes pour " + n
          + " colonnes. La matrice doit être carrée ; le fichier est peut-être tronqué.");
    }
    return DistanceMatrix.ofLowerTriangle(n, tri);
  }

  /** Position of d(i, j), 0-based i &lt; j, in R's {@code dist} order. */
  private static int index(int n, int i, int j) {
    return (int) ((long) n * i - (long) i * (i + 1) / 2 + j - i - 1);
  }

  private static double parse(String s, Path file, int line, int col) {
    double v;
    try {
      v = Double.parseDouble(s.trim());
    } catch (NumberFormatException e) {
      throw new ParcoursException(file + ", ligne " + line + ", colonne " + col + " : « " + s
          + " » n'est pas un nombre. Le fichier doit contenir uniquement des distances, sans en-tête.");
    }
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw new ParcoursException(file + ", ligne " + line + ", colonne " + col + " : distance invalide « " + s
          + " » (attendu un nombre fini positif ou nul).");
    }
    return v;
  }
}
