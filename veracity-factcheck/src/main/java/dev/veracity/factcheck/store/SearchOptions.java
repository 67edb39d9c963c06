package dev.veracity.factcheck.store;

import java.util.Objects;

/**
 * How to search the store.
 *
 * @param top how many results to return, at least 1
 * @param mode which rankings to use
 * @param filter which fact-checks may be returned
 */
public record SearchOptions(int top, SearchMode mode, FactCheckFilter filter) {

  /** Validates. */
  public SearchOptions {
    if (top < 1) {
      throw new IllegalArgumentException("top must be >= 1, got " + top);
    }
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(filter, "filter");
  }

  /** The {@code top} best by the fused ranking, unfiltered. */
  public static SearchOptions fused(int top) {
    return new SearchOptions(top, SearchMode.FUSED, FactCheckFilter.ANY);
  }

  /** These options with another mode. */
  public SearchOptions withMode(SearchMode newMode) {
    return new SearchOptions(top, newMode, filter);
  }
}
