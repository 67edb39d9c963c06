package dev.veracity.eval;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Metrics of probability scores against 0/1 labels.
 *
 * <p>Every method takes parallel arrays {@code scores} (probabilities, or any real score where
 * noted) and {@code labels} (0 or 1) of equal, non-zero length. Metrics that are undefined for the
 * given labels (AUC with one class only, AP without positives) return {@code NaN}. Stateless.
 */
public final class BinaryMetrics {

  /** Number of equal-width bins used by {@link #expectedCalibrationError}. */
  public static final int ECE_BINS = 10;

  private BinaryMetrics() {}

  /**
   * Precision of the positive class at {@code threshold} (score >= threshold); 0 if none flagged.
   */
  public static double precision(double[] scores, int[] labels, double threshold) {
    check(scores, labels);
    int tp = 0;
    int fp = 0;
    for (int i = 0; i < scores.length; i++) {
      if (scores[i] >= threshold) {
        if (labels[i] == 1) {
          tp++;
        } else {
          fp++;
        }
      }
    }
    return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
  }

  /** Recall of the positive class at {@code threshold}; NaN without positives. */
  public static double recall(double[] scores, int[] labels, double threshold) {
    check(scores, labels);
    int tp = 0;
    int pos = 0;
    for (int i = 0; i < scores.length; i++) {
      if (labels[i] == 1) {
        pos++;
        if (scores[i] >= threshold) {
          tp++;
        }
      }
    }
    return pos == 0 ? Double.NaN : (double) tp / pos;
  }

  /** F1 of the positive class at {@code threshold}; 0 when precision and recall are both 0. */
  public static double f1(double[] scores, int[] labels, double threshold) {
    double p = precision(scores, labels, threshold);
    double r = recall(scores, labels, threshold);
    if (Double.isNaN(r)) {
      return Double.NaN;
    }
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  /**
   * F1 of the negative class at {@code threshold} (score < threshold predicts 0); NaN without
   * negatives.
   */
  public static double f1Negative(double[] scores, int[] labels, double threshold) {
    check(scores, labels);
    int tp = 0;
    int fp = 0;
    int neg = 0;
    for (int i = 0; i < scores.length; i++) {
      boolean predicted = scores[i] < threshold;
      if (labels[i] == 0) {
        neg++;
        if (predicted) {
          tp++;
        }
      } else if (predicted) {
        fp++;
      }
    }
    if (neg == 0) {
      return Double.NaN;
    }
    double p = tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
    double r = (double) tp / neg;
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  /** Unweighted mean of the two classes' F1 at {@code threshold}; NaN unless both occur. */
  public static double macroF1(double[] scores, int[] labels, double threshold) {
    return (f1(scores, labels, threshold) + f1Negative(scores, labels, threshold)) / 2;
  }

  /** Mean of the two classes' F1 weighted by their support at {@code threshold}. */
  public static double weightedF1(double[] scores, int[] labels, double threshold) {
    check(scores, labels);
    int pos = 0;
    for (int l : labels) {
      pos += l;
    }
    int neg = labels.length - pos;
    double f1Pos = pos == 0 ? 0.0 : f1(scores, labels, threshold);
    double f1Neg = neg == 0 ? 0.0 : f1Negative(scores, labels, threshold);
    return (pos * f1Pos + neg * f1Neg) / labels.length;
  }

  /** Share of items whose thresholded score equals the label. */
  public static double accuracy(double[] scores, int[] labels, double threshold) {
    check(scores, labels);
    int correct = 0;
    for (int i = 0; i < scores.length; i++) {
      if ((scores[i] >= threshold ? 1 : 0) == labels[i]) {
        correct++;
      }
    }
    return (double) correct / scores.length;
  }

  /**
   * Area under the ROC curve: the probability that a random positive outscores a random negative,
   * ties counting one half (Mann-Whitney U). Works on any real scores.
   */
  public static double rocAuc(double[] scores, int[] labels) {
    check(scores, labels);
    Integer[] order = order(scores);
    double rankSumPos = 0;
    long pos = 0;
    int i = 0;
    while (i < order.length) {
      int j = i;
      while (j + 1 < order.length && scores[order[j + 1]] == scores[order[i]]) {
        j++;
      }
      double midRank = (i + j) / 2.0 + 1; // ranks are 1-based; ascending order
      for (int k = i; k <= j; k++) {
        if (labels[order[k]] == 1) {
          rankSumPos += midRank;
          pos++;
        }
      }
      i = j + 1;
    }
    long neg = scores.length - pos;
    if (pos == 0 || neg == 0) {
      return Double.NaN;
    }
    return (rankSumPos - pos * (pos + 1) / 2.0) / ((double) pos * neg);
  }

  /**
   * Average precision: the sum over distinct score thresholds, highest first, of precision times
   * the gain in recall (the step-wise area under the precision-recall curve, as scikit-learn's
   * {@code average_precision_score}). Works on any real scores.
   */
  public static double averagePrecision(double[] scores, int[] labels) {
    check(scores, labels);
    long pos = Arrays.stream(labels).filter(l -> l == 1).count();
    if (pos == 0) {
      return Double.NaN;
    }
    Integer[] order = order(scores);
    double ap = 0;
    int tp = 0;
    int seen = 0;
    int i = order.length - 1;
    while (i >= 0) {
      int j = i;
      while (j - 1 >= 0 && scores[order[j - 1]] == scores[order[i]]) {
        j--;
      }
      int newTp = 0;
      for (int k = j; k <= i; k++) {
        newTp += labels[order[k]];
      }
      tp += newTp;
      seen += i - j + 1;
      ap += ((double) newTp / pos) * ((double) tp / seen);
      i = j - 1;
    }
    return ap;
  }

  /**
   * Expected calibration error over {@link #ECE_BINS} equal-width probability bins: the
   * item-weighted mean of |mean score - positive rate| per bin (Naeini et al. 2015). Scores must be
   * in [0, 1].
   */
  public static double expectedCalibrationError(double[] scores, int[] labels) {
    ReliabilityBin[] bins = reliability(scores, labels);
    double ece = 0;
    for (ReliabilityBin b : bins) {
      if (b.count() > 0) {
        ece += (double) b.count() / scores.length * Math.abs(b.meanScore() - b.positiveRate());
      }
    }
    return ece;
  }

  /** Mean squared difference between score and label; scores must be in [0, 1]. */
  public static double brier(double[] scores, int[] labels) {
    check(scores, labels);
    double sum = 0;
    for (int i = 0; i < scores.length; i++) {
      double d = scores[i] - labels[i];
      sum += d * d;
    }
    return sum / scores.length;
  }

  /** The reliability table: {@link #ECE_BINS} equal-width bins, low to high. */
  public static ReliabilityBin[] reliability(double[] scores, int[] labels) {
    check(scores, labels);
    int[] count = new int[ECE_BINS];
    double[] sumScore = new double[ECE_BINS];
    int[] positives = new int[ECE_BINS];
    for (int i = 0; i < scores.length; i++) {
      if (!(scores[i] >= 0.0 && scores[i] <= 1.0)) {
        throw new IllegalArgumentException("scores must be in [0, 1], got " + scores[i]);
      }
      int b = Math.min((int) (scores[i] * ECE_BINS), ECE_BINS - 1);
      count[b]++;
      sumScore[b] += scores[i];
      positives[b] += labels[i];
    }
    ReliabilityBin[] bins = new ReliabilityBin[ECE_BINS];
    for (int b = 0; b < ECE_BINS; b++) {
      bins[b] =
          new ReliabilityBin(
              (double) b / ECE_BINS,
              (double) (b + 1) / ECE_BINS,
              count[b],
              count[b] == 0 ? 0.0 : sumScore[b] / count[b],
              count[b] == 0 ? 0.0 : (double) positives[b] / count[b]);
    }
    return bins;
  }

  /** The threshold in {@code scores} that maximises F1 (the lowest such on ties). */
  public static double bestF1Threshold(double[] scores, int[] labels) {
    check(scores, labels);
    long pos = Arrays.stream(labels).filter(l -> l == 1).count();
    Integer[] order = order(scores);
    double best = -1;
    double bestThreshold = 0.5;
    int tp = 0;
    int flagged = 0;
    int i = order.length - 1;
    while (i >= 0) {
      int j = i;
      while (j - 1 >= 0 && scores[order[j - 1]] == scores[order[i]]) {
        j--;
      }
      for (int k = j; k <= i; k++) {
        tp += labels[order[k]];
      }
      flagged += i - j + 1;
      double f = pos == 0 ? 0 : 2.0 * tp / (flagged + pos);
      if (f > best) {
        best = f;
        bestThreshold = scores[order[i]];
      }
      i = j - 1;
    }
    return bestThreshold;
  }

  private static Integer[] order(double[] scores) {
    return IntStream.range(0, scores.length)
        .boxed()
        .sorted(Comparator.comparingDouble(i -> scores[i]))
        .toArray(Integer[]::new);
  }

  static void check(double[] scores, int[] labels) {
    if (scores.length != labels.length) {
      throw new IllegalArgumentException(
          "scores and labels differ in length: " + scores.length + " vs " + labels.length);
    }
    if (scores.length == 0) {
      throw new IllegalArgumentException("scores must not be empty");
    }
    for (int l : labels) {
      if (l != 0 && l != 1) {
        throw new IllegalArgumentException("labels must be 0 or 1, got " + l);
      }
    }
    for (double s : scores) {
      if (Double.isNaN(s)) {
        throw new IllegalArgumentException("scores must not be NaN");
      }
    }
  }
}
