package dev.veracity.train;

import dev.veracity.model.IsotonicCalibration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Fits an {@link IsotonicCalibration} to raw scores and labels with the pool-adjacent-violators
 * algorithm (Ayer et al. 1955; Zadrozny and Elkan 2002). Each pooled block becomes one knot at its
 * mean raw score; its probability is the block's share of label 1 smoothed by one half example of
 * each label ({@code (positives + 0.5) / (n + 1)}), so that no knot says 0 or 1 outright.
 */
public final class IsotonicFit {

  private IsotonicFit() {}

  /** The isotonic calibration that best maps {@code raw} to the probability of label 1. */
  public static IsotonicCalibration fit(double[] raw, int[] labels) {
    if (raw.length != labels.length || raw.length == 0) {
      throw new IllegalArgumentException(
          "raw and labels must be non-empty and equal in length, got "
              + raw.length
              + ", "
              + labels.length);
    }
    Integer[] order = IntStream.range(0, raw.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, (a, b) -> Double.compare(raw[a], raw[b]));
    // Blocks as parallel lists: summed raw, summed labels, count. Equal raw scores start pooled.
    List<double[]> blocks = new ArrayList<>();
    for (int k = 0; k < order.length; k++) {
      int i = order[k];
      if (!blocks.isEmpty() && blocks.get(blocks.size() - 1)[3] == raw[i]) {
        double[] b = blocks.get(blocks.size() - 1);
        b[0] += raw[i];
        b[1] += labels[i];
        b[2] += 1;
      } else {
        blocks.add(new double[] {raw[i], labels[i], 1, raw[i]});
      }
      while (blocks.size() > 1) {
        double[] last = blocks.get(blocks.size() - 1);
        double[] prev = blocks.get(blocks.size() - 2);
        if (prev[1] / prev[2] < last[1] / last[2]) {
          break;
        }
        prev[0] += last[0];
        prev[1] += last[1];
        prev[2] += last[2];
        prev[3] = last[3];
        blocks.remove(blocks.size() - 1);
      }
    }
    double[] x = new double[blocks.size()];
    double[] p = new double[blocks.size()];
    double floor = 0.0;
    for (int b = 0; b < blocks.size(); b++) {
      double[] block = blocks.get(b);
      x[b] = block[0] / block[2];
      floor = Math.max(floor, (block[1] + 0.5) / (block[2] + 1.0));
      p[b] = floor;
    }
    return new IsotonicCalibration(x, p);
  }
}
