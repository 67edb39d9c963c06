package dev.veracity.eval;

/**
 * A metric value with a bootstrap 95% percentile interval.
 *
 * @param value the metric on the full sample (NaN when undefined)
 * @param low 2.5th percentile over bootstrap resamples
 * @param high 97.5th percentile over bootstrap resamples
 */
public record Estimate(double value, double low, double high) {

  /** The interval as {@code [low, high]}. */
  public double[] ci95() {
    return new double[] {low, high};
  }
}
