package dev.veracity.claim;

import dev.veracity.feature.FeatureConfig;
import dev.veracity.model.PlattCalibration;
import dev.veracity.model.SparseWeights;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable trained check-worthiness model: a linear model over {@link ClaimFeaturizer}
 * features, its calibration and decision threshold, and what made it.
 *
 * @param format the file format tag, {@link #FORMAT}
 * @param features the n-gram configuration the weights were trained with
 * @param denseFeatures the dense feature names, in column order after the hashed block
 * @param bias the intercept of the raw score
 * @param weights non-zero weights by column
 * @param calibration maps the raw score to a probability
 * @param threshold calibrated probability at or above which a sentence counts as check-worthy
 * @param labels what the two classes mean ("1" and "0")
 * @param provenance training data (files and sha256), hyperparameters, seed, versions, metrics and
 *     creation time; free-form JSON values
 */
public record ClaimModel(
    String format,
    FeatureConfig features,
    List<String> denseFeatures,
    double bias,
    SparseWeights weights,
    PlattCalibration calibration,
    double threshold,
    Map<String, String> labels,
    Map<String, Object> provenance) {

  /** The format tag of this model file version. */
  public static final String FORMAT = "veracity-checkworthy-linear/1";

  /** Validates and copies. */
  public ClaimModel {
    if (!FORMAT.equals(format)) {
      throw new IllegalArgumentException("format must be " + FORMAT + ", got " + format);
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

  /** The standard label map. */
  public static Map<String, String> standardLabels() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("1", "check-worthy factual claim");
    m.put("0", "not check-worthy (opinion, question, courtesy, unimportant fact)");
    return m;
  }

  /** Number of columns the weights address. */
  public int dimension() {
    return features.buckets() + denseFeatures.size();
  }
}
