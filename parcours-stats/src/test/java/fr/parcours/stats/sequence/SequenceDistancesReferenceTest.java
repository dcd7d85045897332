package fr.parcours.stats.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code seqdist} against reference values. Reference: {@code expected/<data>_<config>.csv},
 * written by {@code src/test/r/sequence/reference.R} under R 4.2.2, a base-R transcription of
 * TraMineR 2.2-12's {@code R/seqdist.R}, {@code R/seqcost.R}, {@code src/OMdistance.cpp},
 * {@code src/OMPerdistance.cpp}, {@code src/DHDdistance.cpp} and
 * {@code src/distancecalculator.h} (our transcription, not TraMineR output). Costs are computed
 * on the whole data set (weighted for mvad), distances are compared on the first rows (mvad 60,
 * biofam 100) of the full matrix. Tolerance: 1e-9 absolute, every entry.
 */
class SequenceDistancesReferenceTest {
  private static final double TOL = 1e-9;

  static Stream<Arguments> configs() {
    DistanceOptions om = DistanceOptions.of(DistanceMethod.OM);
    DistanceOptions spell = DistanceOptions.of(DistanceMethod.OMSPELL);
    Stream.Builder<Arguments> b = Stream.builder();
    for (String tag : new String[] {"mvad", "biofam"}) {
      b.add(Arguments.of(tag, "om_trate_none", om));
      b.add(Arguments.of(tag, "om_trate_maxlength", om.withNormalization(Normalization.AUTO)));
      b.add(Arguments.of(tag, "om_constant_none", om.withCosts(CostMethod.CONSTANT, OptionalDouble.empty())));
      b.add(Arguments.of(tag, "om_c3_i125_maxdist", om.withCosts(CostMethod.CONSTANT, OptionalDouble.of(3))
          .withIndel(OptionalDouble.of(1.25)).withNormalization(Normalization.MAXDIST)));
      b.add(Arguments.of(tag, "lcs_none", DistanceOptions.of(DistanceMethod.LCS)));
      b.add(Arguments.of(tag, "lcs_gmean", DistanceOptions.of(DistanceMethod.LCS).withNormalization(Normalization.AUTO)));
      b.add(Arguments.of(tag, "ham_none", DistanceOptions.of(DistanceMethod.HAM)));
      b.add(Arguments.of(tag, "ham_maxlength", DistanceOptions.of(DistanceMethod.HAM).withNormalization(Normalization.AUTO)));
      b.add(Arguments.of(tag, "dhd_none", DistanceOptions.of(DistanceMethod.DHD)));
      b.add(Arguments.of(tag, "dhd_maxlength", DistanceOptions.of(DistanceMethod.DHD).withNormalization(Normalization.AUTO)));
      b.add(Arguments.of(tag, "omspell_trate_none", spell));
      b.add(Arguments.of(tag, "omspell_trate_YujianBo", spell.withNormalization(Normalization.AUTO)));
      b.add(Arguments.of(tag, "omspell_constant_tpow05_exp15",
          spell.withCosts(CostMethod.CONSTANT, OptionalDouble.empty()).withSpell(0.5, 1.5)));
    }
    return b.build();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("configs")
  void matchesTransRMinerTranscription(String tag, String config, DistanceOptions options) {
    SequenceData data = tag.equals("mvad") ? TestData.mvad() : TestData.biofam();
    double[][] exp = TestData.expected(tag + "_" + config + ".csv");
    DistanceMatrix d = SequenceDistances.compute(data, options);
    assertThat(d.size()).isEqualTo(data.size());
    for (int i = 0; i < exp.length; i++)
      for (int j = 0; j < exp.length; j++)
        assertThat(d.get(i, j)).as("%s %s [%d,%d]", tag, config, i, j).isCloseTo(exp[i][j], within(TOL));
  }
}
