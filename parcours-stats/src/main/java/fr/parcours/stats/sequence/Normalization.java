package fr.parcours.stats.sequence;

/**
 * Distance normalisation, as {@code seqdist(norm = …)}; the formulas are those of
 * {@code DistanceCalculator::normalizeDistance} ({@code src/distancecalculator.h}). A raw distance
 * of 0 stays 0 for every option. {@code l1}, {@code l2} and {@code maxdist} depend on the method
 * (see {@code docs/statistics.md}).
 */
public enum Normalization {
  /** Raw distance ({@code "none"}, the default). */
  NONE,
  /** The method's automatic choice ({@code "auto"}): see {@link DistanceMethod#autoNormalization()}. */
  AUTO,
  /** {@code d / max(l1, l2)} ({@code "maxlength"}). */
  MAXLENGTH,
  /** {@code 1 − (maxdist − d) / (2 √l1 √l2)} ({@code "gmean"}). */
  GMEAN,
  /** {@code d / maxdist} ({@code "maxdist"}). */
  MAXDIST,
  /** {@code 2d / (d + maxdist)} (Yujian &amp; Bo 2007, {@code "YujianBo"}). */
  YUJIANBO;

  /** Applies the formula ({@code normalizeDistance}) to a raw distance. */
  double apply(double raw, double maxdist, double l1, double l2) {
    if (raw == 0) return 0;
    switch (this) {
      case NONE:
        return raw;
      case MAXLENGTH:
        if (l1 > l2) return raw / l1;
        else if (l2 > 0) return raw / l2;
        return 0;
      case GMEAN:
        if (l1 * l2 == 0) return l1 != l2 ? 1 : 0;
        return 1 - ((maxdist - raw) / (2 * Math.pow(l1, 0.5) * Math.pow(l2, 0.5)));
      case MAXDIST:
        if (maxdist == 0) return 1;
        return raw / maxdist;
      case YUJIANBO:
        if (maxdist == 0) return 1;
        return (2 * raw) / (raw + maxdist);
      default:
        throw new IllegalStateException("AUTO must be resolved first");
    }
  }
}
