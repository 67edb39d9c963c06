package dev.veracity.article;

import dev.veracity.text.Span;
import java.util.Objects;
import java.util.Optional;

/**
 * One classified stretch of an article.
 *
 * @param kind what the text is
 * @param text the segment's text, exactly {@code article.text().substring(start, end)}
 * @param start offset of the first character in the article text
 * @param end offset after the last character in the article text
 * @param confidence how sure the segmenter is of {@code kind}, in [0, 1]
 * @param attribution who said it: the quoted source of a quote, the author of a comment, when
 *     visible
 * @param depth reply depth of a comment (0 for a top-level comment); 0 for other kinds
 * @param reason a short human-readable reason for the classification
 */
public record Segment(
    SegmentKind kind,
    String text,
    int start,
    int end,
    double confidence,
    Optional<String> attribution,
    int depth,
    String reason) {

  /** Validates ranges and non-null components. */
  public Segment {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(attribution, "attribution");
    Objects.requireNonNull(reason, "reason");
    new Span(start, end);
    if (end - start != text.length()) {
      throw new IllegalArgumentException(
          "text length " + text.length() + " does not match [" + start + ", " + end + ")");
    }
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
    }
    if (depth < 0) {
      throw new IllegalArgumentException("depth must be >= 0, got " + depth);
    }
  }

  /** All of {@code text} as one body segment of full confidence, for scoring a bare text. */
  public static Segment wholeBody(String text, String reason) {
    return new Segment(SegmentKind.BODY, text, 0, text.length(), 1.0, Optional.empty(), 0, reason);
  }

  /** The segment's range in the article text. */
  public Span span() {
    return new Span(start, end);
  }
}
