package dev.veracity.model;

/**
 * Maps a linear model's raw score to a probability with a fitted sigmoid (Platt 1999,
 * "Probabilistic Outputs for Support Vector Machines"): {@code p = 1 / (1 + exp(-(slope * raw +
 * intercept)))}.
 *
 * @param slope multiplies the raw score
 * @param intercept added after scaling
 */
public record PlattCalibration(double slope, double intercept) {

  /** Validates. */
  public PlattCalibration {
    if (!Double.isFinite(slope) || !Double.isFinite(intercept)) {
      throw new IllegalArgumentException(
          "slope and intercept must be finite, got " + slope + ", " + intercept);
    }
  }

  /** No calibration: the plain logistic function of the raw score. */
  public static PlattCalibration identity() {
    return new PlattCalibration(1.0, 0.0);
  }

  /** The calibrated probability of a raw score, in [0, 1]. */
  public double probability(double raw) {
    double z = slope * raw + intercept;
    return z >= 0 ? 1.0 / (1.0 + Math.exp(-z)) : Math.exp(z) / (1.0 + Math.exp(z));
  }
}
