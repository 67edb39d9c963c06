package dev.veracity.server.store;

import java.util.List;

/**
 * One page of a listing, newest first.
 *
 * @param items the page's items
 * @param total how many items the whole listing has
 * @param limit the page size asked for
 * @param offset how many items were skipped
 */
public record Page<T>(List<T> items, long total, int limit, int offset) {

  /** Validates and copies. */
  public Page {
    items = List.copyOf(items);
    if (total < 0) {
      throw new IllegalArgumentException("total must be >= 0, got " + total);
    }
  }
}
