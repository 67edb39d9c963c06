package dev.veracity.text;

/**
 * A rule that undoes a sentence model's split between two adjacent sentences, such as one after
 * "Jan." followed by a day.
 *
 * <p>Implementations are stateless and thread-safe and have a readable {@code toString()}.
 */
interface SplitRepair {

  /** Whether {@code before} and {@code after}, adjacent sentences of {@code text}, are one. */
  boolean joins(CharSequence text, Span before, Span after);

  /**
   * The last white-space separated word of {@code span}, without opening quotes or brackets: "U.S."
   * for "(U.S.".
   */
  static String lastWord(CharSequence text, Span span) {
    int end = span.end();
    int start = end;
    while (start > span.start() && !Blanks.isBlank(text.charAt(start - 1))) {
      start--;
    }
    while (start < end && "\"'([{\u2018\u201C".indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    return text.subSequence(start, end).toString();
  }

  /** The word before the last one of {@code span}, or "" if there is none. */
  static String wordBeforeLast(CharSequence text, Span span) {
    int end = span.end();
    while (end > span.start() && !Blanks.isBlank(text.charAt(end - 1))) {
      end--;
    }
    while (end > span.start() && Blanks.isBlank(text.charAt(end - 1))) {
      end--;
    }
    return end == span.start() ? "" : lastWord(text, new Span(span.start(), end));
  }

  /** The first character of {@code span}, which is never blank. */
  static char first(CharSequence text, Span span) {
    return text.charAt(span.start());
  }
}
