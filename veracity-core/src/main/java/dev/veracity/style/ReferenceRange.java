package dev.veracity.style;

import java.util.Objects;

/**
 * The range of a cue's value seen in reliable news.
 *
 * @param low lower bound (10th percentile)
 * @param median median
 * @param high upper bound (90th percentile)
 * @param documents how many reliable documents the range was computed from
 */
public record ReferenceRange(double low, double median, double high, int documents) {

  /** Validates ordering. */
  public ReferenceRange {
    if (!(low <= median && median <= high)) {
      throw new IllegalArgumentException(
          "need low <= median <= high, got " + low + ", " + median + ", " + high);
    }
    if (documents < 1) {
      throw new IllegalArgumentException("documents must be >= 1, got " + documents);
    }
  }

  /** Where {@code value} falls relative to this range. */
  public Assessment assess(double value) {
    Objects.requireNonNull(this);
    if (value < low) {
      return Assessment.BELOW;
    }
    return value > high ? Assessment.ABOVE : Assessment.WITHIN;
  }
}
