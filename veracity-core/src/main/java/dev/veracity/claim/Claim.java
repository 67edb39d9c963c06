package dev.veracity.claim;

import dev.veracity.article.SegmentKind;
import dev.veracity.model.Contribution;
import dev.veracity.text.Span;
import java.util.List;
import java.util.Objects;

/**
 * A scored sentence of an article.
 *
 * @param text the sentence, exactly {@code article.substring(start, end)}
 * @param start offset of the first character in the article text
 * @param end offset after the last character in the article text
 * @param score calibrated probability that the sentence is a check-worthy factual claim, in [0, 1]
 * @param checkWorthy whether the score reaches the model's threshold
 * @param kind the segment the sentence sits in
 * @param cues readable cues, spans as offsets into the article text
 * @param contributions the features that moved the score most
 */
public record Claim(
    String text,
    int start,
    int end,
    double score,
    boolean checkWorthy,
    SegmentKind kind,
    List<Cue> cues,
    List<Contribution> contributions) {

  /** Validates and copies. */
  public Claim {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    new Span(start, end);
    if (end - start != text.length()) {
      throw new IllegalArgumentException(
          "text length " + text.length() + " does not match [" + start + ", " + end + ")");
    }
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score must be in [0, 1], got " + score);
    }
    cues = List.copyOf(cues);
    contributions = List.copyOf(contributions);
  }

  /** The sentence's range in the article text. */
  public Span span() {
    return new Span(start, end);
  }
}
