package fr.parcours.stats.sequence;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Settings of a {@code seqdist} computation, validated at construction.
 *
 * <p>Defaults follow TraMineR 2.2-12 ({@code R/seqdist.R}): {@code cval} empty means 2 for
 * OM/OMspell/LCS and for HAM with TRATE, 1 for HAM with CONSTANT, 4 for DHD; {@code indel} empty
 * means {@code "auto"}: half the largest substitution cost ({@code max(sm)/2}; for CONSTANT this
 * is {@code cval/2}, i.e. 1 with the default cval, as {@code seqcost(..., "CONSTANT")$indel}).
 * LCS ignores {@code costs}, {@code cval} and {@code indel} (it is OM with cost 2 and indel 1).
 * DHD requires TRATE (TraMineR refuses CONSTANT for DHD). {@code tpow} (default 1) and
 * {@code expcost} (default 0.5) only matter for OMspell.
 *
 * @param method the measure
 * @param costs substitution-cost method (ignored by LCS)
 * @param cval constant of the cost formula, or empty for the default
 * @param indel insertion/deletion cost, or empty for "auto"
 * @param normalization normalisation ({@link Normalization#NONE} by default)
 * @param tpow OMspell: exponent of spell durations
 * @param expcost OMspell: cost of stretching a spell by one unit of transformed duration
 */
public record DistanceOptions(
    DistanceMethod method,
    CostMethod costs,
    OptionalDouble cval,
    OptionalDouble indel,
    Normalization normalization,
    double tpow,
    double expcost) {

  public DistanceOptions {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(costs, "costs");
    Objects.requireNonNull(cval, "cval");
    Objects.requireNonNull(indel, "indel");
    Objects.requireNonNull(normalization, "normalization");
    if (cval.isPresent() && !(cval.getAsDouble() >= 0 && Double.isFinite(cval.getAsDouble())))
      throw new IllegalArgumentException("cval must be finite and >= 0: " + cval.getAsDouble());
    if (indel.isPresent() && !(indel.getAsDouble() > 0 && Double.isFinite(indel.getAsDouble())))
      throw new IllegalArgumentException("indel must be finite and > 0: " + indel.getAsDouble());
    if (method == DistanceMethod.DHD && costs == CostMethod.CONSTANT)
      throw new IllegalArgumentException("DHD needs TRATE costs; for constant costs use HAM");
    if (!(expcost >= 0) || !Double.isFinite(tpow)) throw new IllegalArgumentException("expcost must be >= 0 and tpow finite");
  }

  /** {@code method} with TraMineR's default settings: TRATE costs (CONSTANT for HAM), indel auto, no normalisation. */
  public static DistanceOptions of(DistanceMethod method) {
    CostMethod c = method == DistanceMethod.HAM ? CostMethod.CONSTANT : CostMethod.TRATE;
    return new DistanceOptions(method, c, OptionalDouble.empty(), OptionalDouble.empty(), Normalization.NONE, 1.0, 0.5);
  }

  /** Same settings with other substitution costs. */
  public DistanceOptions withCosts(CostMethod c, OptionalDouble value) {
    return new DistanceOptions(method, c, value, indel, normalization, tpow, expcost);
  }

  /** Same settings with another indel (empty: auto). */
  public DistanceOptions withIndel(OptionalDouble value) {
    return new DistanceOptions(method, costs, cval, value, normalization, tpow, expcost);
  }

  /** Same settings with another normalisation. */
  public DistanceOptions withNormalization(Normalization n) {
    return new DistanceOptions(method, costs, cval, indel, n, tpow, expcost);
  }

  /** Same settings with other OMspell parameters. */
  public DistanceOptions withSpell(double newTpow, double newExpcost) {
    return new DistanceOptions(method, costs, cval, indel, normalization, newTpow, newExpcost);
  }

  /** The constant actually used: {@code cval} or the method's default. */
  public double effectiveCval() {
    if (cval.isPresent()) return cval.getAsDouble();
    return switch (method) {
      case DHD -> 4;
      case HAM -> costs == CostMethod.CONSTANT ? 1 : 2;
      default -> 2;
    };
  }

  /** The normalisation actually used ({@link Normalization#AUTO} resolved). */
  public Normalization effectiveNormalization() {
    return normalization == Normalization.AUTO ? method.autoNormalization() : normalization;
  }
}
