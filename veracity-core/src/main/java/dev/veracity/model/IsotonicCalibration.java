package dev.veracity.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * Maps a raw score to a probability with a fitted non-decreasing function (isotonic regression,
 * Zadrozny and Elkan 2002, "Transforming classifier scores into accurate multiclass probability
 * estimates"): linear interpolation between knots, constant beyond the first and last.
 *
 * @param raw the knots' raw scores, strictly increasing, at least one
 * @param probability the knots' probabilities, non-decreasing, each in [0, 1]
 */
public record IsotonicCalibration(double[] raw, double[] probability) {

  /** Validates and copies. */
  public IsotonicCalibration {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(probability, "probability");
    if (raw.length == 0 || raw.length != probability.length) {
      throw new IllegalArgumentException(
          "raw and probability must be non-empty and equal in length, got "
              + raw.length
              + ", "
              + probability.length);
    }
    raw = raw.clone();
    probability = probability.clone();
    for (int i = 0; i < raw.length; i++) {
      if (!Double.isFinite(raw[i]) || !(probability[i] >= 0.0 && probability[i] <= 1.0)) {
        throw new IllegalArgumentException(
            "knot " + i + " must have a finite raw score and a probability in [0, 1]");
      }
      if (i > 0 && (raw[i] <= raw[i - 1] || probability[i] < probability[i - 1])) {
        throw new IllegalArgumentException(
            "knots must increase in raw score and not decrease in probability, at " + i);
      }
    }
  }

  /** The calibrated probability of a raw score, in [0, 1]. */
  public double probability(double score) {
    if (score <= raw[0]) {
      return probability[0];
    }
    int last = raw.length - 1;
    if (score >= raw[last]) {
      return probability[last];
    }
    int i = Arrays.binarySearch(raw, score);
    if (i >= 0) {
      return probability[i];
    }
    int hi = -i - 1;
    int lo = hi - 1;
    double t = (score - raw[lo]) / (raw[hi] - raw[lo]);
    return probability[lo] + t * (probability[hi] - probability[lo]);
  }

  /** A copy of the knots' raw scores. */
  @Override
  public double[] raw() {
    return raw.clone();
  }

  /** A copy of the knots' probabilities. */
  @Override
  public double[] probability() {
    return probability.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IsotonicCalibration other
        && Arrays.equals(raw, other.raw)
        && Arrays.equals(probability, other.probability);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(raw) + Arrays.hashCode(probability);
  }

  @Override
  public String toString() {
    return "IsotonicCalibration[" + raw.length + " knots]";
  }
}
