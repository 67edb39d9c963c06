package dev.veracity.signal;

import dev.veracity.article.Article;
import dev.veracity.report.Component;
import java.util.List;
import java.util.Optional;

/**
 * Rates the site that published an article.
 *
 * <p>Implementations are thread-safe.
 */
public interface SourceLookup {

  /**
   * The rating of the article's site, from its domain or URL; empty when the article names neither
   * or they name no site (an IP address, say).
   */
  Optional<SourceSignal> rate(Article article);

  /** The rating lists behind the lookup, for a report's provenance. */
  List<Component> components();
}
