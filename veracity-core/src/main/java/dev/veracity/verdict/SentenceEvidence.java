package dev.veracity.verdict;

import java.util.Objects;

/**
 * A sentence that moved the text model's score, with its place in the analysed text.
 *
 * @param text the sentence, exactly the analysed text from {@code start} to {@code end}
 * @param start UTF-16 offset of its first character
 * @param end UTF-16 offset after its last character
 * @param weight the summed contribution of its word n-grams to the raw log-odds (positive: toward
 *     unreliable)
 */
public record SentenceEvidence(String text, int start, int end, double weight) {

  /** Validates. */
  public SentenceEvidence {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("need 0 <= start <= end, got " + start + ", " + end);
    }
    if (!Double.isFinite(weight)) {
      throw new IllegalArgumentException("weight must be finite, got " + weight);
    }
  }
}
