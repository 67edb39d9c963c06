package dev.veracity.factcheck.store;

/**
 * What adding fact-checks to a store did.
 *
 * @param added fact-checks whose id was new
 * @param updated fact-checks that replaced one with the same id
 */
public record ImportCounts(int added, int updated) {

  /** Validates. */
  public ImportCounts {
    if (added < 0 || updated < 0) {
      throw new IllegalArgumentException("counts must be >= 0, got " + added + " and " + updated);
    }
  }
}
