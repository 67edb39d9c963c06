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
}
