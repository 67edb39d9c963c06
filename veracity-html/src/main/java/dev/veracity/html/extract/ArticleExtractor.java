package dev.veracity.html.extract;

import java.net.URI;
import java.util.Optional;

/**
 * Finds the article in an HTML page: its main text, metadata and readers' comments.
 *
 * <p>Implementations are thread-safe, never throw on malformed markup and return text only.
 */
public interface ArticleExtractor {

  /**
   * Extracts the article from {@code html}.
   *
   * @param html the page's markup, already decoded; at most {@link #MAX_HTML_CHARS} chars
   * @param location where the page came from, used to make links absolute; empty when unknown
   * @throws IllegalArgumentException when {@code html} is longer than {@link #MAX_HTML_CHARS}
   */
  ExtractedPage extract(String html, Optional<URI> location);

  /** Extracts the article from a page of unknown location. */
  default ExtractedPage extract(String html) {
    return extract(html, Optional.empty());
  }

  /** The largest page accepted, in chars (20 million). */
  int MAX_HTML_CHARS = 20_000_000;
}
