package dev.veracity.text;

import static org.assertj.core.api.Assertions.fail;

import java.util.List;

/** Assertions every list of sentence or token spans must pass. */
final class SpanChecks {

  private SpanChecks() {}

  /** Spans are non-empty, inside the text, ordered, non-overlapping and trimmed of white space. */
  static void assertWellFormed(String text, List<Span> spans) {
    int previousEnd = 0;
    for (Span s : spans) {
      // Plain checks, so that the message (the costly part) is built only on failure.
      if (s.start() < previousEnd) {
        fail("%s overlaps or precedes the span ending at %d in %s", s, previousEnd, escaped(text));
      }
      if (s.end() > text.length() || s.length() == 0) {
        fail("%s is empty or outside [0, %d) in %s", s, text.length(), escaped(text));
      }
      if (isSpace(text.charAt(s.start())) || isSpace(text.charAt(s.end() - 1))) {
        fail("%s is not trimmed in %s", s, escaped(text));
      }
      previousEnd = s.end();
    }
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** The first 300 chars of {@code text} with everything outside printable ASCII escaped. */
  static String escaped(String text) {
    StringBuilder sb = new StringBuilder();
    text.chars()
        .limit(300)
        .forEach(c -> sb.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : (char) c));
    return sb.toString();
  }
}
