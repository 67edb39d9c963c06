package dev.veracity.classify;

import dev.veracity.text.Span;
import java.util.List;
import java.util.Objects;

/**
 * How much one word n-gram moved a text's raw score, and where it occurs.
 *
 * @param feature the feature name, e.g. {@code w:hoax} or {@code w:according to}
 * @param weight the signed contribution to the raw log-odds of unreliable (positive: toward
 *     unreliable)
 * @param spans where the n-gram occurs in the text, in text order, at most {@link #MAX_SPANS}
 */
public record PhraseContribution(String feature, double weight, List<Span> spans) {

  /** The most spans one phrase lists. */
  public static final int MAX_SPANS = 5;

  /** Validates and copies. */
  public PhraseContribution {
    Objects.requireNonNull(feature, "feature");
    if (!Double.isFinite(weight)) {
      throw new IllegalArgumentException("weight must be finite, got " + weight);
    }
    spans = List.copyOf(spans);
    if (spans.size() > MAX_SPANS) {
      throw new IllegalArgumentException("spans must hold at most " + MAX_SPANS + ", got " + spans);
    }
  }
}
