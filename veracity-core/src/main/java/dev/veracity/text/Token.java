package dev.veracity.text;

/** A word, number or punctuation mark with its offsets in the text it was read from. */
public record Token(String text, int start, int end) {

  /** Validates the offsets against the token text. */
  public Token {
    if (text == null || text.isEmpty()) {
      throw new IllegalArgumentException("text must be non-empty, got " + text);
    }
    if (start < 0 || end - start != text.length()) {
      throw new IllegalArgumentException(
          "offsets [" + start + ", " + end + ") do not fit token '" + text + "'");
    }
  }

  /** The token's range. */
  public Span span() {
    return new Span(start, end);
  }
}
