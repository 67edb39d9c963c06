package dev.veracity.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veracity.model.IsotonicCalibration;
import org.junit.jupiter.api.Test;

class IsotonicFitTest {

  @Test
  void violatorsArePooledIntoOneKnotAtTheirMeanScore() {
    IsotonicCalibration c = IsotonicFit.fit(new double[] {1, 2, 3, 4}, new int[] {0, 1, 0, 1});

    assertThat(c.raw()).containsExactly(1.0, 2.5, 4.0);
    assertThat(c.probability()).containsExactly(0.25, 0.5, 0.75);
  }

  @Test
  void equalScoresShareOneKnot() {
    IsotonicCalibration c = IsotonicFit.fit(new double[] {0, 0, 5}, new int[] {0, 1, 1});

    assertThat(c.raw()).containsExactly(0.0, 5.0);
    assertThat(c.probability()).containsExactly(0.5, 0.75);
  }

  @Test
  void scoresBetweenKnotsAreInterpolatedAndBeyondThemClamped() {
    IsotonicCalibration c =
        new IsotonicCalibration(new double[] {0.0, 2.0}, new double[] {0.2, 0.6});

    assertThat(c.probability(1.0)).isEqualTo(0.4);
    assertThat(c.probability(-9.0)).isEqualTo(0.2);
    assertThat(c.probability(9.0)).isEqualTo(0.6);
  }

  @Test
  void theMacroF1ThresholdMovesBelowOneHalfForARareClassScoredLow() {
    double[] p = {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.3, 0.3, 0.35, 0.4};
    int[] y = {0, 0, 0, 0, 0, 0, 0, 1, 1, 1};

    assertThat(ReliabilityTrainer.macroF1Threshold(p, y)).isEqualTo(0.3);
  }
}
