package dev.veracity.input;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;

/**
 * An input decoded to text.
 *
 * @param source the input's name as the user gave it
 * @param text the decoded text, without a byte-order mark; never blank
 * @param format plain text or HTML
 * @param charset the charset the bytes were decoded with
 * @param url where the input was fetched from, when it was fetched
 */
public record DecodedInput(
    String source, String text, Format format, Charset charset, Optional<URI> url) {

  /** Validates non-null components. */
  public DecodedInput {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(url, "url");
  }
}
