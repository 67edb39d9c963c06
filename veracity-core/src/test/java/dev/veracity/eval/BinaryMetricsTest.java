package dev.veracity.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BinaryMetricsTest {

  private static final double[] SCORES = {0.1, 0.4, 0.35, 0.8};
  private static final int[] LABELS = {0, 0, 1, 1};

  @Test
  void rocAucOfAKnownRankingIsTheShareOfCorrectlyOrderedPairs() {
    // Pairs (pos, neg): (0.35,0.1) ok, (0.35,0.4) wrong, (0.8,0.1) ok, (0.8,0.4) ok -> 3/4.
    assertThat(BinaryMetrics.rocAuc(SCORES, LABELS)).isCloseTo(0.75, within(1e-12));
  }

  @Test
  void rocAucCountsTiesAsHalf() {
    assertThat(BinaryMetrics.rocAuc(new double[] {0.5, 0.5}, new int[] {0, 1})).isEqualTo(0.5);
  }

  @Test
  void rocAucIsUndefinedWithOneClass() {
    assertThat(BinaryMetrics.rocAuc(new double[] {0.2, 0.9}, new int[] {1, 1})).isNaN();
  }

  @Test
  void averagePrecisionSumsPrecisionAtEachRecallStep() {
    // Ranking 0.8(+), 0.4(-), 0.35(+), 0.1(-): precision 1 at recall 0.5, 2/3 at recall 1.
    assertThat(BinaryMetrics.averagePrecision(SCORES, LABELS))
        .isCloseTo(0.5 * 1.0 + 0.5 * (2.0 / 3.0), within(1e-12));
  }

  @Test
  void averagePrecisionOfAPerfectRankingIsOne() {
    assertThat(BinaryMetrics.averagePrecision(new double[] {0.9, 0.8, 0.1}, new int[] {1, 1, 0}))
        .isEqualTo(1.0);
  }

  @Test
  void precisionRecallAndF1UseScoresAtOrAboveTheThreshold() {
    assertThat(BinaryMetrics.precision(SCORES, LABELS, 0.5)).isEqualTo(1.0);
    assertThat(BinaryMetrics.recall(SCORES, LABELS, 0.5)).isEqualTo(0.5);
    assertThat(BinaryMetrics.f1(SCORES, LABELS, 0.5)).isCloseTo(2.0 / 3.0, within(1e-12));
    assertThat(BinaryMetrics.accuracy(SCORES, LABELS, 0.5)).isEqualTo(0.75);
  }

  @Test
  void precisionIsZeroWhenNothingIsFlagged() {
    assertThat(BinaryMetrics.precision(SCORES, LABELS, 0.99)).isZero();
    assertThat(BinaryMetrics.f1(SCORES, LABELS, 0.99)).isZero();
  }

  @Test
  void expectedCalibrationErrorWeighsEachBinGapByItsShare() {
    double[] p = {0.05, 0.15, 0.95, 0.85};
    int[] y = {0, 1, 1, 1};
    // One item per bin: gaps 0.05, 0.85, 0.05, 0.15 -> mean 0.275.
    assertThat(BinaryMetrics.expectedCalibrationError(p, y)).isCloseTo(0.275, within(1e-12));
  }

  @Test
  void brierScoreIsTheMeanSquaredError() {
    double[] p = {0.05, 0.15, 0.95, 0.85};
    int[] y = {0, 1, 1, 1};
    assertThat(BinaryMetrics.brier(p, y)).isCloseTo(0.1875, within(1e-12));
  }

  @Test
  void reliabilityTablePutsAScoreOfOneInTheLastBin() {
    ReliabilityBin[] bins = BinaryMetrics.reliability(new double[] {1.0, 0.0}, new int[] {1, 0});
    assertThat(bins).hasSize(10);
    assertThat(bins[9].count()).isEqualTo(1);
    assertThat(bins[9].positiveRate()).isEqualTo(1.0);
    assertThat(bins[0].count()).isEqualTo(1);
  }

  @Test
  void bestF1ThresholdIsTheScoreThatMaximisesF1() {
    // Flagging {0.8, 0.4, 0.35} gives F1 0.8, better than {0.8} (0.667) or all (0.667).
    assertThat(BinaryMetrics.bestF1Threshold(SCORES, LABELS)).isEqualTo(0.35);
  }

  @Test
  void mismatchedLengthsAreRejectedNamingBoth() {
    assertThatThrownBy(() -> BinaryMetrics.rocAuc(new double[] {0.1}, new int[] {0, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 vs 2");
  }

  @Test
  void labelsOtherThanZeroOrOneAreRejected() {
    assertThatThrownBy(() -> BinaryMetrics.brier(new double[] {0.1}, new int[] {2}))
        .hasMessageContaining("got 2");
  }
}
