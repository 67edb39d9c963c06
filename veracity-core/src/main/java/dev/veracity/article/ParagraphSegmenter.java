package dev.veracity.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PLACEHOLDER until the real segmenter is merged: the first non-blank line is the title, every
 * following paragraph (text between blank lines) is body.
 *
 * <p>Deterministic and thread-safe.
 */
public final class ParagraphSegmenter implements ArticleSegmenter {

  private static final double CONFIDENCE = 0.5;

  @Override
  public Segmentation segment(Article article) {
    String text = article.text();
    List<Segment> segments = new ArrayList<>();
    int n = text.length();
    int i = skipWhitespace(text, 0);
    if (i < n) {
      int lineEnd = text.indexOf('\n', i);
      lineEnd = lineEnd < 0 ? n : lineEnd;
      segments.add(segment(text, SegmentKind.TITLE, i, lineEnd, "first line"));
      i = lineEnd;
    }
    while ((i = skipWhitespace(text, i)) < n) {
      int end = paragraphEnd(text, i);
      segments.add(segment(text, SegmentKind.BODY, i, end, "paragraph"));
      i = end;
    }
    return new Segmentation(text, segments);
  }

  private static Segment segment(String text, SegmentKind kind, int start, int end, String why) {
    int e = end;
    while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return new Segment(
        kind, text.substring(start, e), start, e, CONFIDENCE, Optional.empty(), 0, why);
  }

  private static int skipWhitespace(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * End of the paragraph starting at {@code from}: the next line break followed by a blank line.
   */
  private static int paragraphEnd(String text, int from) {
    int i = from;
    while (true) {
      int nl = text.indexOf('\n', i);
      if (nl < 0) {
        return text.length();
      }
      int next = text.indexOf('\n', nl + 1);
      String following = text.substring(nl + 1, next < 0 ? text.length() : next);
      if (following.isBlank()) {
        return nl;
      }
      i = nl + 1;
    }
  }

  @Override
  public String toString() {
    return "ParagraphSegmenter(placeholder)";
  }
}
