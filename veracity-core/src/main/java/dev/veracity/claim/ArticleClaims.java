package dev.veracity.claim;

import java.util.List;

/**
 * The scored sentences of one article, most check-worthy first.
 *
 * @param article sentences of the title, body and quotes
 * @param comments sentences of reader comments, kept apart because readers' claims are not the
 *     article's
 */
public record ArticleClaims(List<Claim> article, List<Claim> comments) {

  /** Copies. */
  public ArticleClaims {
    article = List.copyOf(article);
    comments = List.copyOf(comments);
  }

  /** The first {@code articleCount} article claims and {@code commentCount} comment claims. */
  public ArticleClaims top(int articleCount, int commentCount) {
    if (articleCount < 0 || commentCount < 0) {
      throw new IllegalArgumentException(
          "counts must be >= 0, got " + articleCount + " and " + commentCount);
    }
    return new ArticleClaims(
        article.subList(0, Math.min(articleCount, article.size())),
        comments.subList(0, Math.min(commentCount, comments.size())));
  }
}
