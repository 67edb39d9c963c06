package dev.veracity.classify;

import dev.veracity.text.Span;
import java.util.Objects;

/**
 * How much the word n-grams of one sentence moved a text's raw score.
 *
 * @param span the sentence in the text
 * @param weight the summed signed contribution (positive: toward unreliable)
 */
public record SentenceContribution(Span span, double weight) {

  /** Validates. */
  public SentenceContribution {
    Objects.requireNonNull(span, "span");
    if (!Double.isFinite(weight)) {
      throw new IllegalArgumentException("weight must be finite, got " + weight);
    }
  }
}
