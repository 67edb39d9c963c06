package dev.veracity.article;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article's text cut into classified segments.
 *
 * @param text the text the offsets point into
 * @param segments segments in text order, non-overlapping; white space between them is not covered
 */
public record Segmentation(String text, List<Segment> segments) {

  /** Validates order and bounds, and copies the list. */
  public Segmentation {
    Objects.requireNonNull(text, "text");
    segments = List.copyOf(segments);
    int previousEnd = 0;
    for (Segment s : segments) {
      if (s.start() < previousEnd || s.end() > text.length()) {
        throw new IllegalArgumentException(
            "segment [" + s.start() + ", " + s.end() + ") out of order or outside the text");
      }
      previousEnd = s.end();
    }
  }

  /** {@code text} as a single body segment ({@link Segment#wholeBody}). */
  public static Segmentation wholeBody(String text, String reason) {
    return new Segmentation(text, List.of(Segment.wholeBody(text, reason)));
  }

  /** The segments of one kind, in order. */
  public List<Segment> of(SegmentKind kind) {
    return segments.stream().filter(s -> s.kind() == kind).toList();
  }

  /** The title segment, if one was found. */
  public Optional<Segment> title() {
    return segments.stream().filter(s -> s.kind() == SegmentKind.TITLE).findFirst();
  }
}
