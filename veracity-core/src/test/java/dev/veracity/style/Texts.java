package dev.veracity.style;

import dev.veracity.article.Segment;
import dev.veracity.article.SegmentKind;
import dev.veracity.article.Segmentation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds segmentations from literal parts, separated by blank lines, for tests. */
final class Texts {

  private final StringBuilder text = new StringBuilder();
  private final List<Segment> segments = new ArrayList<>();

  static Texts of() {
    return new Texts();
  }

  Texts add(SegmentKind kind, String part) {
    if (text.length() > 0) {
      text.append("\n\n");
    }
    int start = text.length();
    text.append(part);
    segments.add(new Segment(kind, part, start, text.length(), 1.0, Optional.empty(), 0, "test"));
    return this;
  }

  Texts title(String part) {
    return add(SegmentKind.TITLE, part);
  }

  Texts body(String part) {
    return add(SegmentKind.BODY, part);
  }

  Segmentation build() {
    return new Segmentation(text.toString(), segments);
  }
}
