package dev.veracity.article;

/**
 * Cuts an article's text into title, body, quotes, comments and boilerplate.
 *
 * <p>Implementations are deterministic and thread-safe, and every offset they return lies inside
 * {@code article.text()}.
 */
public interface ArticleSegmenter {

  /** Segments of {@code article}'s text. */
  Segmentation segment(Article article);
}
