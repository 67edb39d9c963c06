package dev.veracity.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The simplest segmentation: the first non-blank line is the title and everything after it the
 * body; a text of one line is all body.
 *
 * <p>Meant for corpora whose files are exactly a headline and an article, not for web pages.
 * Stateless and thread-safe.
 */
public final class FirstLineTitleSegmenter implements ArticleSegmenter {

  @Override
  public Segmentation segment(Article article) {
    String text = article.text();
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    List<Segment> segments = new ArrayList<>(2);
    if (start == text.length()) {
      return new Segmentation(text, segments);
    }
    int lineEnd = text.indexOf('\n', start);
    int bodyStart = lineEnd < 0 ? text.length() : skipWhitespace(text, lineEnd);
    if (bodyStart == text.length()) {
      segments.add(segment(text, SegmentKind.BODY, start, trimEnd(text, start, text.length())));
    } else {
      segments.add(segment(text, SegmentKind.TITLE, start, trimEnd(text, start, lineEnd)));
      segments.add(
          segment(text, SegmentKind.BODY, bodyStart, trimEnd(text, bodyStart, text.length())));
    }
    return new Segmentation(text, segments);
  }

  private static int skipWhitespace(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimEnd(String text, int start, int end) {
    int e = end;
    while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  private static Segment segment(String text, SegmentKind kind, int start, int end) {
    String reason =
        kind == SegmentKind.TITLE ? "first non-blank line" : "everything after the first line";
    return new Segment(
        kind, text.substring(start, end), start, end, 1.0, Optional.empty(), 0, reason);
  }

  @Override
  public String toString() {
    return "FirstLineTitleSegmenter";
  }
}
