package dev.veracity.eval;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Seeded percentile bootstrap (Efron and Tibshirani 1993) for metrics of scored binary items.
 *
 * <p>Immutable and thread-safe; the same seed gives the same intervals.
 */
public final class Bootstrap {

  /** A metric of parallel score and label arrays. */
  @FunctionalInterface
  public interface Metric {
    /** The metric's value; NaN when undefined for this sample. */
    double apply(double[] scores, int[] labels);
  }

  private final int resamples;
  private final long seed;

  /**
   * A bootstrap with {@code resamples} resamples drawn from a generator seeded with {@code seed}.
   */
  public Bootstrap(int resamples, long seed) {
    if (resamples < 10) {
      throw new IllegalArgumentException("resamples must be >= 10, got " + resamples);
    }
    this.resamples = resamples;
    this.seed = seed;
  }

  /** The metric with its 95% interval; resamples where it is undefined are left out. */
  public Estimate estimate(double[] scores, int[] labels, Metric metric) {
    BinaryMetrics.check(scores, labels);
    double value = metric.apply(scores, labels);
    SplittableRandom random = new SplittableRandom(seed);
    int n = scores.length;
    double[] values = new double[resamples];
    int kept = 0;
    double[] s = new double[n];
    int[] l = new int[n];
    for (int r = 0; r < resamples; r++) {
      for (int i = 0; i < n; i++) {
        int k = random.nextInt(n);
        s[i] = scores[k];
        l[i] = labels[k];
      }
      double v = metric.apply(s, l);
      if (!Double.isNaN(v)) {
        values[kept++] = v;
      }
    }
    if (kept == 0) {
      return new Estimate(value, Double.NaN, Double.NaN);
    }
    double[] sorted = Arrays.copyOf(values, kept);
    Arrays.sort(sorted);
    return new Estimate(value, percentile(sorted, 0.025), percentile(sorted, 0.975));
  }

  private static double percentile(double[] sorted, double q) {
    double pos = q * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = (int) Math.ceil(pos);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
  }

  @Override
  public String toString() {
    return "Bootstrap[" + resamples + " resamples, seed " + seed + "]";
  }
}
