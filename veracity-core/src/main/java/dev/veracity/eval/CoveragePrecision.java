package dev.veracity.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Coverage against precision: rank items by how far their calibrated probability lies from 0.5 and
 * measure the accuracy of the most confident share, for each share in a grid. A model that knows
 * when it does not know keeps its most confident verdicts precise.
 */
public final class CoveragePrecision {

  /** The coverages reported: 10%, 20%, …, 100%. */
  public static final List<Double> COVERAGES =
      List.of(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0);

  private CoveragePrecision() {}

  /** The curve over {@link #COVERAGES}; label 1 is predicted at probability 0.5 or more. */
  public static List<CoveragePoint> curve(double[] p, int[] y) {
    if (p.length != y.length) {
      throw new IllegalArgumentException(
          "p and y must be equal in length, got " + p.length + ", " + y.length);
    }
    Integer[] order = IntStream.range(0, p.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, (a, b) -> Double.compare(Math.abs(p[b] - 0.5), Math.abs(p[a] - 0.5)));
    List<CoveragePoint> out = new ArrayList<>();
    for (double c : COVERAGES) {
      int n = (int) Math.ceil(c * p.length);
      if (n == 0) {
        continue;
      }
      int right = 0;
      for (int k = 0; k < n; k++) {
        int i = order[k];
        if ((p[i] >= 0.5 ? 1 : 0) == y[i]) {
          right++;
        }
      }
      out.add(new CoveragePoint(c, (double) right / n, n));
    }
    return out;
  }

  /**
   * The precision of confident verdicts: among items not marked uncertain, the share of
   * "unreliable" verdicts ({@code p >= 0.5}) that are label 1, and of "reliable" verdicts that are
   * label 0; NaN for a side with no verdict.
   *
   * @return {precision of unreliable verdicts, precision of reliable verdicts, share decided}
   */
  public static double[] confident(double[] p, boolean[] uncertain, int[] y) {
    int up = 0;
    int upRight = 0;
    int down = 0;
    int downRight = 0;
    for (int i = 0; i < p.length; i++) {
      if (uncertain[i]) {
        continue;
      }
      if (p[i] >= 0.5) {
        up++;
        upRight += y[i];
      } else {
        down++;
        downRight += 1 - y[i];
      }
    }
    return new double[] {
      up == 0 ? Double.NaN : (double) upRight / up,
      down == 0 ? Double.NaN : (double) downRight / down,
      p.length == 0 ? Double.NaN : (double) (up + down) / p.length
    };
  }
}
