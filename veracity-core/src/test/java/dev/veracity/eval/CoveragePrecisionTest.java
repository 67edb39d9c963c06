package dev.veracity.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoveragePrecisionTest {

  @Test
  void theMostConfidentItemsComeFirst() {
    double[] p = {0.95, 0.05, 0.55, 0.45, 0.9, 0.1, 0.6, 0.4, 0.99, 0.01};
    int[] y = {1, 0, 0, 1, 1, 0, 0, 1, 1, 0};

    var curve = CoveragePrecision.curve(p, y);

    assertThat(curve.get(5)).isEqualTo(new CoveragePoint(0.6, 1.0, 6));
    assertThat(curve.get(9)).isEqualTo(new CoveragePoint(1.0, 0.6, 10));
  }

  @Test
  void confidentPrecisionLeavesUncertainItemsOut() {
    double[] p = {0.9, 0.8, 0.6, 0.2, 0.1};
    boolean[] uncertain = {false, false, true, false, false};
    int[] y = {1, 0, 0, 0, 1};

    assertThat(CoveragePrecision.confident(p, uncertain, y)).containsExactly(0.5, 0.5, 0.8);
  }
}
