package dev.veracity.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts text into its non-blank lines in one pass, recording indentation, blank lines and list
 * markers.
 *
 * <p>Lines end at {@code \n}, {@code \r\n} or {@code \r}. White space includes no-break and other
 * Unicode spaces, so {@code "I know right?\u00a0"} trims to {@code "I know right?"}.
 */
final class LineSplitter {

  private static final int TAB_WIDTH = 4;
  private static final int MAX_WORD = 24;

  /** The non-blank lines of {@code text}, in order. */
  List<Line> split(String text) {
    List<Line> lines = new ArrayList<>();
    int n = text.length();
    int blank = 0;
    int pos = 0;
    while (pos < n) {
      int lineEnd = pos;
      while (lineEnd < n && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
        lineEnd++;
      }
      int s = pos;
      int indent = 0;
      while (s < lineEnd && isSpace(text.charAt(s))) {
        indent += text.charAt(s) == '\t' ? TAB_WIDTH : 1;
        s++;
      }
      int e = lineEnd;
      while (e > s && isSpace(text.charAt(e - 1))) {
        e--;
      }
      if (s == e) {
        blank++;
      } else {
        lines.add(line(text, s, e, indent, blank));
        blank = 0;
      }
      pos = lineEnd;
      if (pos < n && text.charAt(pos) == '\r') {
        pos++;
      }
      if (pos < n && text.charAt(pos) == '\n') {
        pos++;
      }
    }
    return lines;
  }

  private static Line line(String text, int s, int e, int indent, int blank) {
    char c = text.charAt(s);
    int after = s;
    Line.Marker marker = Line.Marker.NONE;
    if (isBullet(c)) {
      after = s + 1;
      marker = Line.Marker.BULLET;
    } else if (c >= '0' && c <= '9') {
      int d = s;
      while (d < e && d - s < 4 && text.charAt(d) >= '0' && text.charAt(d) <= '9') {
        d++;
      }
      if (d - s <= 3 && d < e && (text.charAt(d) == '.' || text.charAt(d) == ')')) {
        after = d + 1;
        marker = Line.Marker.NUMBER;
      }
    }
    if (marker != Line.Marker.NONE) {
      int content = after;
      while (content < e && isSpace(text.charAt(content))) {
        content++;
      }
      // A marker must be followed by a space and then by some text ("-5%" or "3.5" are not lists).
      if (content == after || content == e) {
        marker = Line.Marker.NONE;
      } else {
        after = content;
      }
    }
    int contentStart = marker == Line.Marker.NONE ? s : after;
    return new Line(text, s, e, indent, blank, marker, contentStart, firstWord(text, s, e));
  }

  private static String firstWord(String text, int s, int e) {
    char c = text.charAt(s);
    if (c >= '0' && c <= '9') {
      return "#";
    }
    if (!isAsciiLetter(c)) {
      return String.valueOf(c);
    }
    int w = s;
    while (w < e && w - s < MAX_WORD && isAsciiLetter(text.charAt(w))) {
      w++;
    }
    return text.substring(s, w).toLowerCase(Locale.ROOT);
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isBullet(char c) {
    return switch (c) {
      case '•', '·', '‣', '◦', '▪', '●', '■', '*', '-' -> true;
      default -> false;
    };
  }

  /** Whether {@code c} counts as white space, Unicode spaces and the byte-order mark included. */
  static boolean isSpace(char c) {
    return c == ' '
        || c == '\t'
        || Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\ufeff'
        || c == '\u200b';
  }

  @Override
  public String toString() {
    return "LineSplitter";
  }
}
