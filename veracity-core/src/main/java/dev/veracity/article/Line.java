package dev.veracity.article;

/**
 * One non-blank line of an article's text, trimmed.
 *
 * @param start offset of the first non-space character
 * @param end offset after the last non-space character
 * @param indent leading white space in columns (a tab counts four)
 * @param blankBefore blank lines between this line and the previous non-blank one
 * @param text the trimmed content, {@code text.substring(start, end)} of the article
 * @param marker the list marker the line opens with
 * @param contentStart offset of the first character after the list marker ({@code start} when there
 *     is none)
 * @param firstWord the line's leading run of ASCII letters, lower-cased; {@code "#"} when it starts
 *     with a digit; otherwise its first character
 */
record Line(
    int start,
    int end,
    int indent,
    int blankBefore,
    String text,
    Marker marker,
    int contentStart,
    String firstWord) {

  /** A list marker at the start of a line. */
  enum Marker {
    NONE,
    BULLET,
    NUMBER
  }
}
