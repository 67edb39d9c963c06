package dev.veracity.server;

import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * Searches a store of published fact-checks for a claim; the server exposes it at {@code GET
 * /api/v1/factchecks} when one is configured.
 *
 * <p>Implementations are thread-safe.
 */
public interface FactCheckSearch {

  /**
   * The fact-checks that best match {@code query}, best first, as JSON objects in the store's own
   * documented form.
   *
   * @param query the claim or keywords, not blank
   * @param limit most results, >= 1
   */
  ArrayNode search(String query, int limit);
}
