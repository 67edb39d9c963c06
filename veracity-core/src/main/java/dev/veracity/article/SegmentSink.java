package dev.veracity.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects segments in text order, trimming each range to its non-space characters. */
final class SegmentSink {

  private final String text;
  private final List<Segment> segments = new ArrayList<>();

  SegmentSink(String text) {
    this.text = text;
  }

  /** Adds a segment over {@code [start, end)} trimmed; an all-space range adds nothing. */
  void add(
      SegmentKind kind,
      int start,
      int end,
      double confidence,
      Optional<String> attribution,
      int depth,
      String reason) {
    int s = start;
    int e = end;
    while (s < e && LineSplitter.isSpace(text.charAt(s))) {
      s++;
    }
    while (e > s && LineSplitter.isSpace(text.charAt(e - 1))) {
      e--;
    }
    if (s == e) {
      return;
    }
    segments.add(
        new Segment(kind, text.substring(s, e), s, e, confidence, attribution, depth, reason));
  }

  /** Adds a segment without attribution or depth. */
  void add(SegmentKind kind, int start, int end, double confidence, String reason) {
    add(kind, start, end, confidence, Optional.empty(), 0, reason);
  }

  List<Segment> segments() {
    return segments;
  }
}
