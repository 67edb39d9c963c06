package dev.veracity.eval;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A full evaluation of probability scores against labels at one decision threshold.
 *
 * @param n number of items
 * @param positives number of positive items
 * @param threshold scores at or above it count as positive
 * @param metrics each metric with its bootstrap interval, keyed {@code precision}, {@code recall},
 *     {@code f1}, {@code accuracy}, {@code average_precision}, {@code roc_auc}, {@code ece}, {@code
 *     brier}
 * @param reliability the reliability table
 */
public record BinaryEvaluation(
    int n,
    int positives,
    double threshold,
    Map<String, Estimate> metrics,
    List<ReliabilityBin> reliability) {

  /** Copies. */
  public BinaryEvaluation {
    metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    reliability = List.copyOf(reliability);
  }

  /** Evaluates {@code scores} (probabilities in [0, 1]) with the given bootstrap. */
  public static BinaryEvaluation of(
      double[] scores, int[] labels, double threshold, Bootstrap bootstrap) {
    BinaryMetrics.check(scores, labels);
    Map<String, Estimate> m = new LinkedHashMap<>();
    m.put(
        "precision",
        bootstrap.estimate(scores, labels, (s, l) -> BinaryMetrics.precision(s, l, threshold)));
    m.put(
        "recall",
        bootstrap.estimate(scores, labels, (s, l) -> BinaryMetrics.recall(s, l, threshold)));
    m.put("f1", bootstrap.estimate(scores, labels, (s, l) -> BinaryMetrics.f1(s, l, threshold)));
    m.put(
        "accuracy",
        bootstrap.estimate(scores, labels, (s, l) -> BinaryMetrics.accuracy(s, l, threshold)));
    m.put("average_precision", bootstrap.estimate(scores, labels, BinaryMetrics::averagePrecision));
    m.put("roc_auc", bootstrap.estimate(scores, labels, BinaryMetrics::rocAuc));
    m.put("ece", bootstrap.estimate(scores, labels, BinaryMetrics::expectedCalibrationError));
    m.put("brier", bootstrap.estimate(scores, labels, BinaryMetrics::brier));
    return new BinaryEvaluation(
        scores.length,
        (int) Arrays.stream(labels).filter(l -> l == 1).count(),
        threshold,
        m,
        Arrays.asList(BinaryMetrics.reliability(scores, labels)));
  }
}
