package dev.veracity.feature;

import java.util.Objects;

/**
 * One named feature of one text after weighting, normalisation and hashing.
 *
 * @param name the readable feature name, e.g. {@code w:more than} or {@code cue:number}
 * @param index the column in the feature vector
 * @param value the signed value the feature adds to that column
 */
public record HashedTerm(String name, int index, double value) {

  /** Validates. */
  public HashedTerm {
    Objects.requireNonNull(name, "name");
    if (index < 0) {
      throw new IllegalArgumentException("index must be >= 0, got " + index);
    }
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value must be finite, got " + value);
    }
  }
}
