package dev.veracity.style;

import java.util.Objects;

/**
 * A stretch of the article text that triggered a cue.
 *
 * @param text exactly the article text between {@code start} and {@code end}
 * @param start offset into the article text
 * @param end offset after the last character
 */
public record Evidence(String text, int start, int end) {

  /** Validates the offsets against the text. */
  public Evidence {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end - start != text.length()) {
      throw new IllegalArgumentException(
          "offsets [" + start + ", " + end + ") do not fit evidence '" + text + "'");
    }
  }
}
