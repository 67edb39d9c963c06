package dev.veracity.model;

import dev.veracity.feature.FeatureConfig;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable trained linear text model: weights over hashed n-grams and named dense features, the
 * calibration of its raw score, its decision threshold, and what made it.
 *
 * <p>The check-worthiness and comment-spam models are both of this shape; {@link
 * LinearTextModelFormat} tells them apart by {@link #format()}.
 *
 * @param format the file format tag, e.g. {@code veracity-checkworthy-linear/1}
 * @param features the n-gram configuration the weights were trained with
 * @param denseFeatures the dense feature names, in column order after the hashed block
 * @param bias the intercept of the raw score
 * @param weights non-zero weights by column
 * @param calibration maps the raw score to a probability
 * @param threshold calibrated probability at or above which a text counts as positive
 * @param labels what the two classes mean ("1" and "0")
 * @param provenance training data (files and sha256), hyperparameters, seed, versions, metrics,
 *     calibration diagnostics and creation time; free-form JSON values
 */
public record LinearTextModel(
    String format,
    FeatureConfig features,
    List<String> denseFeatures,
    double bias,
    SparseWeights weights,
    PlattCalibration calibration,
    double threshold,
    Map<String, String> labels,
    Map<String, Object> provenance) {

  /** Validates and copies. */
  public LinearTextModel {
    if (format == null || format.isBlank()) {
      throw new IllegalArgumentException("format must be a non-blank tag, got " + format);
    }
    Objects.requireNonNull(features, "features");
    denseFeatures = List.copyOf(denseFeatures);
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(calibration, "calibration");
    if (!Double.isFinite(bias)) {
      throw new IllegalArgumentException("bias must be finite, got " + bias);
    }
    if (!(threshold >= 0.0 && threshold <= 1.0)) {
      throw new IllegalArgumentException("threshold must be in [0, 1], got " + threshold);
    }
    labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    provenance = Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
  }

  /** Number of columns the weights address. */
  public int dimension() {
    return features.buckets() + denseFeatures.size();
  }
}
