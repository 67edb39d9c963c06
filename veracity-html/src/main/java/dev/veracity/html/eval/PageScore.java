package dev.veracity.html.eval;

/**
 * One page's shingle counts, normalised so that {@code tp + fp + fn} is 1 (or all are 0).
 *
 * @param tp share of shingles in both texts
 * @param fp share only in the prediction
 * @param fn share only in the truth
 * @param exact whether the two token lists are equal
 */
public record PageScore(double tp, double fp, double fn, boolean exact) {

  /** Validates that the shares are in [0, 1]. */
  public PageScore {
    for (double share : new double[] {tp, fp, fn}) {
      if (!(share >= 0 && share <= 1)) {
        throw new IllegalArgumentException("shares must be in [0, 1], got " + share);
      }
    }
  }

  /** {@code tp / (tp + fp)}; 1 when the prediction has neither extra nor missing shingles. */
  public double precision() {
    if (fp == 0 && fn == 0) {
      return 1;
    }
    return tp + fp == 0 ? 0 : tp / (tp + fp);
  }

  /** {@code tp / (tp + fn)}; 1 when the prediction has neither extra nor missing shingles. */
  public double recall() {
    if (fp == 0 && fn == 0) {
      return 1;
    }
    return tp + fn == 0 ? 0 : tp / (tp + fn);
  }
}
