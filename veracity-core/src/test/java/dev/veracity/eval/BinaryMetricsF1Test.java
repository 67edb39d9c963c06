package dev.veracity.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BinaryMetricsF1Test {

  // Predictions at 0.5: 1, 1, 0, 0, 0 against labels 1, 0, 1, 0, 0.
  private final double[] scores = {0.9, 0.6, 0.4, 0.2, 0.1};
  private final int[] labels = {1, 0, 1, 0, 0};

  @Test
  void negativeClassF1CountsScoresBelowTheThreshold() {
    // Negative class: tp 2, fp 1, fn 1 -> precision 2/3, recall 2/3.
    assertThat(BinaryMetrics.f1Negative(scores, labels, 0.5)).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void macroF1IsTheMeanOfBothClasses() {
    // Positive class: tp 1, fp 1, fn 1 -> F1 1/2.
    assertThat(BinaryMetrics.macroF1(scores, labels, 0.5))
        .isCloseTo((0.5 + 2.0 / 3) / 2, within(1e-12));
  }

  @Test
  void weightedF1WeighsEachClassBySupport() {
    assertThat(BinaryMetrics.weightedF1(scores, labels, 0.5))
        .isCloseTo((2 * 0.5 + 3 * 2.0 / 3) / 5, within(1e-12));
  }
}
