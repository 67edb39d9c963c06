package dev.veracity.factcheck;

import java.util.List;

/**
 * Finds the known fact-checks of a claim.
 *
 * <p>Implementations are thread-safe.
 */
public interface FactCheckMatcher {

  /**
   * The fact-checks that review the claim, best first, only those above the matcher's calibrated
   * threshold; empty when none does (which says nothing about whether the claim is true).
   *
   * @param claim the claim's text, not null
   */
  List<FactCheckMatch> match(String claim);

  /** What this matcher searches, for a report's provenance: the index, its size and the encoder. */
  String describe();
}
