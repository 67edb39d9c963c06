package dev.veracity.server.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a listing of past checks shows of one check.
 *
 * @param id the check's id (a random UUID)
 * @param createdAt when it was stored
 * @param createdBy the API key name that submitted it, or {@code anonymous}
 * @param source the input's name as given (a URL, or what the client called it)
 * @param title the article's title, when known
 * @param domain the publishing site, when known
 * @param chars length of the analysed text in UTF-16 chars
 * @param textSha256 SHA-256 of the analysed text, hex
 * @param digest a JSON object with a few report fields for listings
 */
public record CheckSummary(
    String id,
    Instant createdAt,
    String createdBy,
    String source,
    Optional<String> title,
    Optional<String> domain,
    int chars,
    String textSha256,
    String digest) {

  /** Validates. */
  public CheckSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(domain, "domain");
    if (chars < 0) {
      throw new IllegalArgumentException("chars must be >= 0, got " + chars);
    }
    Objects.requireNonNull(textSha256, "textSha256");
    Objects.requireNonNull(digest, "digest");
  }
}
