package dev.veracity.article;

/**
 * One non-blank line of an article's text, trimmed.
 *
 * <p>The line's text is copied out of the article only when asked for: rules look at short lines
 * only, and whole-page blobs often hold paragraphs thousands of characters long. Not thread-safe;
 * lines live inside one segmentation call.
 */
final class Line {

  /** A list marker at the start of a line. */
  enum Marker {
    NONE,
    BULLET,
    NUMBER
  }

  private final String source;
  private final int start;
  private final int end;
  private final int indent;
  private final int blankBefore;
  private final Marker marker;
  private final int contentStart;
  private final String firstWord;
  private String text;

  /**
   * A line of {@code source}.
   *
   * @param source the article text
   * @param start offset of the first non-space character
   * @param end offset after the last non-space character
   * @param indent leading white space in columns (a tab counts four)
   * @param blankBefore blank lines between this line and the previous non-blank one
   * @param marker the list marker the line opens with
   * @param contentStart offset of the first character after the list marker ({@code start} when
   *     there is none)
   * @param firstWord the line's leading run of ASCII letters, lower-cased; {@code "#"} when it
   *     starts with a digit; otherwise its first character
   */
  Line(
      String source,
      int start,
      int end,
      int indent,
      int blankBefore,
      Marker marker,
      int contentStart,
      String firstWord) {
    if (start < 0 || end <= start || end > source.length()) {
      throw new IllegalArgumentException("bad line range [" + start + ", " + end + ")");
    }
    this.source = source;
    this.start = start;
    this.end = end;
    this.indent = indent;
    this.blankBefore = blankBefore;
    this.marker = marker;
    this.contentStart = contentStart;
    this.firstWord = firstWord;
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  int indent() {
    return indent;
  }

  int blankBefore() {
    return blankBefore;
  }

  Marker marker() {
    return marker;
  }

  int contentStart() {
    return contentStart;
  }

  String firstWord() {
    return firstWord;
  }

  /** Number of characters in the trimmed line. */
  int length() {
    return end - start;
  }

  /** The character at {@code index} of the trimmed line. */
  char charAt(int index) {
    return source.charAt(start + index);
  }

  /** The last character of the trimmed line. */
  char lastChar() {
    return source.charAt(end - 1);
  }

  /** The trimmed line, {@code source.substring(start, end)}. */
  String text() {
    if (text == null) {
      text = source.substring(start, end);
    }
    return text;
  }

  @Override
  public String toString() {
    return "Line[" + start + ", " + end + ")";
  }
}
