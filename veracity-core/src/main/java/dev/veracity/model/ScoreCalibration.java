package dev.veracity.model;

import java.util.Locale;
import java.util.Objects;

/**
 * Maps a linear model's raw score to a probability by one of two fitted calibrations, both kept so
 * that a reader can compare them.
 *
 * @param method which one is applied: {@code platt} or {@code isotonic}
 * @param platt the fitted sigmoid
 * @param isotonic the fitted non-decreasing step-wise linear function
 * @param reason why {@code method} was chosen, e.g. the validation ECE of both
 */
public record ScoreCalibration(
    String method, PlattCalibration platt, IsotonicCalibration isotonic, String reason) {

  /** The method name of {@link PlattCalibration}. */
  public static final String PLATT = "platt";

  /** The method name of {@link IsotonicCalibration}. */
  public static final String ISOTONIC = "isotonic";

  /** Validates. */
  public ScoreCalibration {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(platt, "platt");
    Objects.requireNonNull(isotonic, "isotonic");
    Objects.requireNonNull(reason, "reason");
    if (!method.equals(PLATT) && !method.equals(ISOTONIC)) {
      throw new IllegalArgumentException(
          "method must be "
              + PLATT
              + " or "
              + ISOTONIC
              + ", got "
              + method.toLowerCase(Locale.ROOT));
    }
  }

  /** The calibrated probability of a raw score, in [0, 1]. */
  public double probability(double raw) {
    return method.equals(ISOTONIC) ? isotonic.probability(raw) : platt.probability(raw);
  }
}
