package dev.veracity.model;

import java.util.Objects;

/**
 * How much one named feature moved a sentence's raw score.
 *
 * @param feature the feature name, e.g. {@code w:percent} or {@code cue:date}
 * @param weight the signed contribution to the raw (log-odds) score
 */
public record Contribution(String feature, double weight) {

  /** Validates. */
  public Contribution {
    Objects.requireNonNull(feature, "feature");
    if (!Double.isFinite(weight)) {
      throw new IllegalArgumentException("weight must be finite, got " + weight);
    }
  }
}
