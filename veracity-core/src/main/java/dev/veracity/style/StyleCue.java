package dev.veracity.style;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One explainable writing-style measurement of an article's body.
 *
 * @param id stable machine name, e.g. {@code caps_share}
 * @param description what is measured, for a person
 * @param value the measured value, in {@code unit}
 * @param unit e.g. {@code "share of words"}, {@code "per 1,000 words"}, {@code "words"}
 * @param reference the range seen in reliable news, when known
 * @param assessment where {@code value} falls against {@code reference}
 * @param evidence the spans that triggered the cue (may be empty, e.g. for length)
 */
public record StyleCue(
    String id,
    String description,
    double value,
    String unit,
    Optional<ReferenceRange> reference,
    Assessment assessment,
    List<Evidence> evidence) {

  /** Validates and copies. */
  public StyleCue {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(assessment, "assessment");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value of " + id + " must be finite, got " + value);
    }
    evidence = List.copyOf(evidence);
  }
}
