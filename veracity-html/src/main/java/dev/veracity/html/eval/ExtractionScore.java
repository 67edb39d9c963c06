package dev.veracity.html.eval;

/**
 * The benchmark's figures for a set of pages.
 *
 * @param f1 harmonic mean of {@code precision} and {@code recall}
 * @param precision mean per-page shingle precision
 * @param recall mean per-page shingle recall
 * @param accuracy share of pages whose token list equals the truth exactly
 * @param pages number of pages scored, at least 1
 */
public record ExtractionScore(
    double f1, double precision, double recall, double accuracy, int pages) {

  /** Validates the ranges. */
  public ExtractionScore {
    for (double value : new double[] {f1, precision, recall, accuracy}) {
      if (!(value >= 0 && value <= 1)) {
        throw new IllegalArgumentException("scores must be in [0, 1], got " + value);
      }
    }
    if (pages < 1) {
      throw new IllegalArgumentException("pages must be >= 1, got " + pages);
    }
  }
}
