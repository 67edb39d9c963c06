package dev.veracity.html.extract;

import dev.veracity.text.Span;
import java.util.List;
import java.util.Objects;

/**
 * One block of an extracted article body.
 *
 * @param kind what the block is
 * @param text the block's plain text; never blank
 * @param start offset of the first char of {@code text} in {@link ExtractedPage#body()}
 * @param end offset just past the last char, so {@code end - start == text.length()}
 * @param links the block's hyperlinks in document order
 */
public record Paragraph(ParagraphKind kind, String text, int start, int end, List<Link> links) {

  /** Validates the text and offsets and copies the links. */
  public Paragraph {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("text must not be blank, got '" + text + "'");
    }
    if (start < 0) {
      throw new IllegalArgumentException("start must be >= 0, got " + start);
    }
    if (end - start != text.length()) {
      throw new IllegalArgumentException(
          "end - start must equal text length " + text.length() + ", got " + (end - start));
    }
    links = List.copyOf(links);
  }

  /** The block's range in the body text. */
  public Span span() {
    return new Span(start, end);
  }

  /**
   * A block before layout: its offsets are assigned by {@link ExtractedPage#layOut(List)}.
   *
   * @param kind what the block is
   * @param text the block's plain text
   * @param links the block's hyperlinks in document order
   */
  public record Draft(ParagraphKind kind, String text, List<Link> links) {

    /** Validates that no component is null and copies the links. */
    public Draft {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(text, "text");
      links = List.copyOf(links);
    }
  }
}
