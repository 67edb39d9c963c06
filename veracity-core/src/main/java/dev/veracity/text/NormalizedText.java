package dev.veracity.text;

import java.util.Objects;

/**
 * Normalised text together with the map from each of its characters back to the original text.
 *
 * <p>Every normalised character came from a non-empty range of original characters; those ranges
 * never go backwards. Mapping a non-empty span of the normalised text gives the original span that
 * starts where its first character's source starts and ends where its last character's source ends,
 * so it covers exactly the original characters that produced the span (plus any removed characters
 * between them). Immutable and thread-safe. A final class rather than a record because it holds
 * arrays.
 */
public final class NormalizedText {

  private final String original;
  private final String text;
  // Per normalised char, the [start, end) of its source in the original; null means the identity.
  private final int[] starts;
  private final int[] ends;

  NormalizedText(String original, String text, int[] starts, int[] ends) {
    this.original = Objects.requireNonNull(original, "original");
    this.text = Objects.requireNonNull(text, "text");
    this.starts = starts;
    this.ends = ends;
  }

  /** The text as submitted. */
  public String original() {
    return original;
  }

  /** The normalised text. */
  public String text() {
    return text;
  }

  /** Whether normalisation changed nothing. */
  public boolean isUnchanged() {
    return starts == null;
  }

  /**
   * The original offset where the normalised character at {@code normalizedOffset} starts; {@code
   * original().length()} for {@code text().length()}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= normalizedOffset <= text().length()}
   */
  public int toOriginal(int normalizedOffset) {
    checkOffset(normalizedOffset);
    if (normalizedOffset == text.length()) {
      return original.length();
    }
    return starts == null ? normalizedOffset : starts[normalizedOffset];
  }

  /**
   * The original offset where the normalised character just before {@code normalizedOffset} ends;
   * {@code toOriginal(0)} for 0. Use it for span ends.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= normalizedOffset <= text().length()}
   */
  public int toOriginalEnd(int normalizedOffset) {
    checkOffset(normalizedOffset);
    if (normalizedOffset == 0) {
      return toOriginal(0);
    }
    return ends == null ? normalizedOffset : ends[normalizedOffset - 1];
  }

  /**
   * The original span that produced {@code span} of the normalised text; an empty span maps to the
   * empty span at {@link #toOriginal(int)} of its start.
   *
   * @throws IndexOutOfBoundsException if {@code span} does not lie inside the normalised text
   */
  public Span toOriginal(Span span) {
    checkOffset(span.end());
    if (span.length() == 0) {
      int at = toOriginal(span.start());
      return new Span(at, at);
    }
    return new Span(toOriginal(span.start()), toOriginalEnd(span.end()));
  }

  /**
   * The first normalised offset whose source starts at or after {@code originalOffset}; {@code
   * text().length()} if there is none.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= originalOffset <= original().length()}
   */
  public int toNormalized(int originalOffset) {
    if (originalOffset < 0 || originalOffset > original.length()) {
      throw new IndexOutOfBoundsException(
          "originalOffset must be in [0, " + original.length() + "], got " + originalOffset);
    }
    if (starts == null) {
      return originalOffset;
    }
    int lo = 0;
    int hi = text.length();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < originalOffset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private void checkOffset(int offset) {
    if (offset < 0 || offset > text.length()) {
      throw new IndexOutOfBoundsException(
          "normalizedOffset must be in [0, " + text.length() + "], got " + offset);
    }
  }

  @Override
  public String toString() {
    return "NormalizedText[" + original.length() + " -> " + text.length() + " chars]";
  }
}
