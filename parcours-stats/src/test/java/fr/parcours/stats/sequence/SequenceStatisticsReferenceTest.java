package fr.parcours.stats.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Descriptive statistics against reference values. Reference: {@code expected/*.csv}, written by
 * {@code src/test/r/sequence/reference.R} under R 4.2.2 (a base-R transcription of TraMineR
 * 2.2-12's {@code seqstatd}, {@code seqtrate}, {@code seqmeant}, {@code seqient}, {@code seqST},
 * {@code seqici}, {@code seqtransn}; each file's header names the exact call). These are our own
 * transcriptions, not TraMineR outputs (TraMineR cannot be installed here). mvad is weighted
 * ({@code weights = mvad$weight}); biofam is not. Tolerance: 1e-9 absolute, every value.
 */
class SequenceStatisticsReferenceTest {
  private static final double TOL = 1e-9;

  private static SequenceData data(String tag) {
    return tag.equals("mvad") ? TestData.mvad() : TestData.biofam();
  }

  @ParameterizedTest
  @ValueSource(strings = {"mvad", "biofam"})
  void stateDistributionMatchesSeqstatd(String tag) {
    StateDistribution sd = SequenceStatistics.stateDistribution(data(tag), Weighting.WEIGHTED, true);
    double[][] freqT = TestData.expected(tag + "_statd_freq.csv"); // positions x states
    for (int t = 0; t < freqT.length; t++)
      for (int s = 0; s < freqT[t].length; s++) assertThat(sd.frequencies()[s][t]).isCloseTo(freqT[t][s], within(TOL));
    assertThat(sd.validN()).containsExactly(TestData.column(TestData.expected(tag + "_statd_validn.csv"), 0), within(TOL));
    assertThat(sd.entropy()).containsExactly(TestData.column(TestData.expected(tag + "_statd_entropy.csv"), 0), within(TOL));
  }

  @ParameterizedTest
  @ValueSource(strings = {"mvad", "biofam"})
  void transitionRatesMatchSeqtrate(String tag) {
    double[][] exp = TestData.expected(tag + "_trate.csv");
    double[][] got = SequenceStatistics.transitionRates(data(tag), Weighting.WEIGHTED).rates();
    for (int a = 0; a < exp.length; a++) assertThat(got[a]).containsExactly(exp[a], within(TOL));
  }

  @ParameterizedTest
  @ValueSource(strings = {"mvad", "biofam"})
  void meanTimeMatchesSeqmeant(String tag) {
    double[] exp = TestData.column(TestData.expected(tag + "_meant.csv"), 0);
    assertThat(SequenceStatistics.meanTime(data(tag), Weighting.WEIGHTED).mean()).containsExactly(exp, within(TOL));
  }

  @ParameterizedTest
  @ValueSource(strings = {"mvad", "biofam"})
  void indicatorsMatchSeqientSeqstSeqiciSeqtransn(String tag) {
    double[][] exp = TestData.expected(tag + "_indicators.csv");
    SequenceIndicators ind = SequenceStatistics.indicators(data(tag));
    assertThat(ind.entropyNormalised()).containsExactly(TestData.column(exp, 0), within(TOL));
    assertThat(ind.entropy()).containsExactly(TestData.column(exp, 1), within(TOL));
    assertThat(ind.turbulence()).containsExactly(TestData.column(exp, 2), within(TOL));
    assertThat(ind.turbulenceNormalised()).containsExactly(TestData.column(exp, 3), within(TOL));
    assertThat(ind.complexity()).containsExactly(TestData.column(exp, 4), within(TOL));
    double[] trans = java.util.Arrays.stream(ind.transitions()).asDoubleStream().toArray();
    assertThat(trans).containsExactly(TestData.column(exp, 5), within(0.0));
  }
}
