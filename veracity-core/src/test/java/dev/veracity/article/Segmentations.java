package dev.veracity.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: fixtures and a compact one-line-per-segment rendering. */
final class Segmentations {

  private static final int PREFIX = 40;

  private Segmentations() {}

  /**
   * One line per segment: {@code kind|first 40 characters of its first line}, then {@code |by X}
   * when attributed and {@code |depth N} when deeper than 0.
   */
  static List<String> render(Segmentation segmentation) {
    List<String> out = new ArrayList<>();
    for (Segment s : segmentation.segments()) {
      String firstLine = s.text().lines().findFirst().orElse("");
      String prefix = firstLine.length() <= PREFIX ? firstLine : firstLine.substring(0, PREFIX);
      StringBuilder line = new StringBuilder(s.kind().id()).append('|').append(prefix);
      s.attribution().ifPresent(a -> line.append("|by ").append(a));
      if (s.depth() > 0) {
        line.append("|depth ").append(s.depth());
      }
      out.add(line.toString());
    }
    return out;
  }

  /** A fixture from this package's test resources. */
  static String fixture(String name) {
    try (InputStream in = Segmentations.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The texts of the segments of {@code kind}. */
  static List<String> texts(Segmentation segmentation, SegmentKind kind) {
    return segmentation.of(kind).stream().map(Segment::text).toList();
  }
}
