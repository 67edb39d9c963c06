package dev.veracity.text;

/**
 * A half-open character range {@code [start, end)} in some text.
 *
 * <p>Offsets count UTF-16 code units, as {@link String#substring(int, int)} does.
 */
public record Span(int start, int end) {

  /** Validates the range. */
  public Span {
    if (start < 0) {
      throw new IllegalArgumentException("start must be >= 0, got " + start);
    }
    if (end < start) {
      throw new IllegalArgumentException("end must be >= start (" + start + "), got " + end);
    }
  }

  /** Number of characters covered. */
  public int length() {
    return end - start;
  }

  /** The covered characters of {@code text}. */
  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  /** Whether this span lies inside {@code other}. */
  public boolean within(Span other) {
    return start >= other.start && end <= other.end;
  }
}
