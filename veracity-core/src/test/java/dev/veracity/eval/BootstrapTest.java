package dev.veracity.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BootstrapTest {

  private static final double[] SCORES = {0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05};
  private static final int[] LABELS = {1, 1, 0, 1, 0, 1, 0, 0, 0, 0};

  @Test
  void theSameSeedGivesTheSameInterval() {
    Estimate a = new Bootstrap(200, 7).estimate(SCORES, LABELS, BinaryMetrics::rocAuc);
    Estimate b = new Bootstrap(200, 7).estimate(SCORES, LABELS, BinaryMetrics::rocAuc);
    assertThat(a).isEqualTo(b);
  }

  @Test
  void theIntervalBracketsTheFullSampleValue() {
    Estimate e = new Bootstrap(500, 1).estimate(SCORES, LABELS, BinaryMetrics::rocAuc);
    assertThat(e.value()).isCloseTo(21.0 / 24.0, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(e.low()).isLessThanOrEqualTo(e.value());
    assertThat(e.high()).isGreaterThanOrEqualTo(e.value());
    assertThat(e.high()).isLessThanOrEqualTo(1.0);
  }

  @Test
  void aConstantMetricHasAZeroWidthInterval() {
    Estimate e = new Bootstrap(50, 3).estimate(SCORES, LABELS, (s, l) -> 0.42);
    assertThat(e.ci95()).containsExactly(0.42, 0.42);
  }

  @Test
  void evaluationReportsEveryMetricByItsJsonName() {
    BinaryEvaluation ev = BinaryEvaluation.of(SCORES, LABELS, 0.5, new Bootstrap(50, 3));
    assertThat(ev.metrics().keySet())
        .containsExactly(
            "precision",
            "recall",
            "f1",
            "accuracy",
            "average_precision",
            "roc_auc",
            "ece",
            "brier");
    assertThat(ev.n()).isEqualTo(10);
    assertThat(ev.positives()).isEqualTo(4);
  }
}
