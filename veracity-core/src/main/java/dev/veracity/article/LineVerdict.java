package dev.veracity.article;

import java.util.Objects;
import java.util.Optional;

/**
 * What a line rule decided about one line.
 *
 * @param label what the line is
 * @param reason a short human-readable reason
 * @param confidence how sure the rule is, in [0, 1]
 * @param attribution who the line names as speaker or author, when it does
 * @param reply whether the line marks a reply to another comment
 */
record LineVerdict(
    LineLabel label,
    String reason,
    double confidence,
    Optional<String> attribution,
    boolean reply) {

  /** The verdict for a line no rule recognised. */
  static final LineVerdict TEXT =
      new LineVerdict(LineLabel.TEXT, "prose", 0.8, Optional.empty(), false);

  /** Validates non-null components and the confidence range. */
  LineVerdict {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(attribution, "attribution");
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
    }
  }

  /** A verdict without attribution. */
  static LineVerdict of(LineLabel label, String reason, double confidence) {
    return new LineVerdict(label, reason, confidence, Optional.empty(), false);
  }
}
