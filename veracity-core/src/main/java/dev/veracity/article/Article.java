package dev.veracity.article;

import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An article submitted for checking, as plain text.
 *
 * <p>HTML is turned into an {@code Article} by an extractor before it reaches the core; {@code
 * text} is then the extracted text and {@code title} the page's title when the page names one.
 *
 * @param text the article as one blob of text, exactly as submitted (offsets in reports point into
 *     it); never null, may be empty
 * @param title a title known from outside the text (an HTML {@code <title>}, a corpus field)
 * @param url where the article was published, when known
 * @param domain the source's host name, when known (from {@code url} or given by the user)
 * @param published the publication date, when known
 */
public record Article(
    String text,
    Optional<String> title,
    Optional<URI> url,
    Optional<String> domain,
    Optional<LocalDate> published) {

  /** Validates that no component is null. */
  public Article {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(published, "published");
  }

  /** An article known only by its text. */
  public static Article ofText(String text) {
    return new Article(
        text, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** A copy with the given URL; the domain is taken from its host unless one is already set. */
  public Article withUrl(URI newUrl) {
    Optional<String> host = Optional.ofNullable(newUrl.getHost());
    return new Article(text, title, Optional.of(newUrl), domain.or(() -> host), published);
  }

  /** A copy with the given title. */
  public Article withTitle(String newTitle) {
    return new Article(text, Optional.of(newTitle), url, domain, published);
  }
}
