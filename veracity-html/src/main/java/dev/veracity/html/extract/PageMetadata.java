package dev.veracity.html.extract;

import java.util.Objects;
import java.util.Optional;

/**
 * Facts a page declares about itself, before any body extraction.
 *
 * @param title the headline
 * @param byline the author or authors
 * @param published the publication date as declared
 * @param siteName the publication's name
 * @param canonicalUrl the canonical address
 * @param language the declared language tag
 * @param articleBody the full text from a schema.org {@code articleBody}, when the page has one
 */
record PageMetadata(
    Optional<String> title,
    Optional<String> byline,
    Optional<String> published,
    Optional<String> siteName,
    Optional<String> canonicalUrl,
    Optional<String> language,
    Optional<String> articleBody) {

  PageMetadata {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(byline, "byline");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(siteName, "siteName");
    Objects.requireNonNull(canonicalUrl, "canonicalUrl");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(articleBody, "articleBody");
  }
}
