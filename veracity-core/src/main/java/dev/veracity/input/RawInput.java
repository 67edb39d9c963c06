package dev.veracity.input;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The bytes of one input before decoding, with what the transport said about them.
 *
 * @param source the input's name as the user gave it (a path, a URL or {@code "-"})
 * @param bytes the content; the record keeps its own copy
 * @param contentType the media type from an HTTP {@code Content-Type} header, without parameters
 * @param charset the charset named by an HTTP {@code Content-Type} header
 * @param url where the bytes were finally fetched from, after redirects
 */
public record RawInput(
    String source,
    byte[] bytes,
    Optional<String> contentType,
    Optional<String> charset,
    Optional<URI> url) {

  /** Validates and copies. */
  public RawInput {
    Objects.requireNonNull(source, "source");
    bytes = Objects.requireNonNull(bytes, "bytes").clone();
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(url, "url");
  }

  /** Bytes read from a file or stream, with nothing known about them. */
  public static RawInput of(String source, byte[] bytes) {
    return new RawInput(source, bytes, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** A copy of the content. */
  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /** Number of bytes. */
  public int size() {
    return bytes.length;
  }
}
