package dev.veracity.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.veracity.model.PlattCalibration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlattScalingTest {

  @Test
  void recoversTheSigmoidThatGeneratedTheLabels() {
    Random random = new Random(3);
    int n = 20_000;
    double[] raw = new double[n];
    int[] labels = new int[n];
    PlattCalibration truth = new PlattCalibration(2.0, -1.0);
    for (int i = 0; i < n; i++) {
      raw[i] = random.nextGaussian() * 2;
      labels[i] = random.nextDouble() < truth.probability(raw[i]) ? 1 : 0;
    }
    PlattCalibration fitted = PlattScaling.fit(raw, labels);
    assertThat(fitted.slope()).isCloseTo(2.0, within(0.1));
    assertThat(fitted.intercept()).isCloseTo(-1.0, within(0.1));
  }

  @Test
  void calibratedProbabilitiesStayInTheUnitIntervalForExtremeScores() {
    PlattCalibration c = new PlattCalibration(5.0, 0.0);
    assertThat(c.probability(1e6)).isEqualTo(1.0);
    assertThat(c.probability(-1e6)).isEqualTo(0.0);
  }
}
