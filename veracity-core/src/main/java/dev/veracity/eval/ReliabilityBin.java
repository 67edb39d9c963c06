package dev.veracity.eval;

/**
 * One row of a reliability diagram.
 *
 * @param low lower edge of the probability bin (inclusive)
 * @param high upper edge (exclusive, except 1.0 for the last bin)
 * @param count items whose score falls in the bin
 * @param meanScore mean score of those items (0 when empty)
 * @param positiveRate share of positives among them (0 when empty)
 */
public record ReliabilityBin(
    double low, double high, int count, double meanScore, double positiveRate) {

  /** Validates. */
  public ReliabilityBin {
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0, got " + count);
    }
    if (high < low) {
      throw new IllegalArgumentException("high must be >= low (" + low + "), got " + high);
    }
  }
}
