package dev.veracity.text;

/** What counts as blank around sentences: white space, controls and invisible format characters. */
final class Blanks {

  private Blanks() {}

  static boolean isBlank(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || Character.isISOControl(c)
        || Character.getType(c) == Character.FORMAT;
  }

  /** {@code [start, end)} of {@code text} without blanks at either end; possibly empty. */
  static Span trim(CharSequence text, int start, int end) {
    while (start < end && isBlank(text.charAt(start))) {
      start++;
    }
    while (end > start && isBlank(text.charAt(end - 1))) {
      end--;
    }
    return new Span(start, end);
  }

  /** Whether {@code c} ends a line: LF, CR, U+2028 or U+2029. */
  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
  }
}
