package dev.veracity.factcheck.eval;

import java.util.Objects;

/**
 * A retrieval query.
 *
 * @param id the query's id, as the qrels name it
 * @param text the text to match
 */
public record Query(String id, String text) {

  /** Validates. */
  public Query {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }
}
