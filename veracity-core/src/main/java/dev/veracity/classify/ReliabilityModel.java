package dev.veracity.classify;

import dev.veracity.feature.FeatureConfig;
import dev.veracity.model.LinearTextModel;
import dev.veracity.model.ScoreCalibration;
import dev.veracity.model.SparseWeights;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable trained reliability model: a linear model over {@link ReliabilityFeaturizer}
 * features scoring the log-odds of "unreliable", its calibration, the uncertain band, the
 * out-of-domain limits and what made it.
 *
 * @param format the file format tag, {@link #FORMAT}
 * @param kind which texts the model is for
 * @param features the n-gram configuration the weights were trained with
 * @param denseFeatures the dense feature names, in column order after the hashed block
 * @param bias the intercept of the raw score
 * @param weights non-zero weights by column
 * @param calibration maps the raw score to the probability of unreliable (Platt or isotonic, chosen
 *     on validation)
 * @param reliableAtOrBelow probabilities at or below this are a reliable verdict
 * @param unreliableAtOrAbove probabilities at or above this are an unreliable verdict; greater than
 *     {@code reliableAtOrBelow}
 * @param decisionThreshold the probability at or above which a forced yes/no decision says
 *     unreliable (evaluation's accuracy and F1), chosen for macro-F1 on validation predictions
 * @param targetPrecision the out-of-fold precision both thresholds were chosen to reach
 * @param minTokens texts with fewer word tokens are out of domain
 * @param minCoverage texts whose vocabulary coverage is below this are out of domain
 * @param vocabulary the training vocabulary, for coverage
 * @param labels what the two classes mean ("1" and "0")
 * @param provenance training data (files and sha256), hyperparameters, seed, versions, metrics and
 *     creation time; free-form JSON values
 * @param domainGate the optional domain gate ({@link DomainGate#FORMAT}): a linear model over the
 *     same features that tells the training text (label 1) from a pool of outside text; a text
 *     whose in-domain probability is below its threshold is out of domain. Empty in files written
 *     before the gate existed.
 */
public record ReliabilityModel(
    String format,
    ModelKind kind,
    FeatureConfig features,
    List<String> denseFeatures,
    double bias,
    SparseWeights weights,
    ScoreCalibration calibration,
    double reliableAtOrBelow,
    double unreliableAtOrAbove,
    double decisionThreshold,
    double targetPrecision,
    int minTokens,
    double minCoverage,
    VocabularyFilter vocabulary,
    Map<String, String> labels,
    Map<String, Object> provenance,
    Optional<LinearTextModel> domainGate) {

  /** The format tag of this model file version. */
  public static final String FORMAT = "veracity-reliability-linear/2";

  /** Validates and copies. */
  public ReliabilityModel {
    if (!FORMAT.equals(format)) {
      throw new IllegalArgumentException("format must be " + FORMAT + ", got " + format);
    }
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(features, "features");
    denseFeatures = List.copyOf(denseFeatures);
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(calibration, "calibration");
    Objects.requireNonNull(vocabulary, "vocabulary");
    if (!Double.isFinite(bias)) {
      throw new IllegalArgumentException("bias must be finite, got " + bias);
    }
    if (!(reliableAtOrBelow >= 0.0
        && reliableAtOrBelow < unreliableAtOrAbove
        && unreliableAtOrAbove <= 1.0)) {
      throw new IllegalArgumentException(
          "thresholds must satisfy 0 <= reliableAtOrBelow < unreliableAtOrAbove <= 1, got "
              + reliableAtOrBelow
              + ", "
              + unreliableAtOrAbove);
    }
    if (!(decisionThreshold > 0.0 && decisionThreshold < 1.0)) {
      throw new IllegalArgumentException(
          "decisionThreshold must be in (0, 1), got " + decisionThreshold);
    }
    if (!(targetPrecision > 0.0 && targetPrecision <= 1.0)) {
      throw new IllegalArgumentException(
          "targetPrecision must be in (0, 1], got " + targetPrecision);
    }
    if (minTokens < 0) {
      throw new IllegalArgumentException("minTokens must be >= 0, got " + minTokens);
    }
    if (!(minCoverage >= 0.0 && minCoverage <= 1.0)) {
      throw new IllegalArgumentException("minCoverage must be in [0, 1], got " + minCoverage);
    }
    labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    provenance = Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
    domainGate = domainGate == null ? Optional.empty() : domainGate;
  }

  /** This model with {@code gate} as its domain gate. */
  public ReliabilityModel withDomainGate(LinearTextModel gate) {
    return new ReliabilityModel(
        format,
        kind,
        features,
        denseFeatures,
        bias,
        weights,
        calibration,
        reliableAtOrBelow,
        unreliableAtOrAbove,
        decisionThreshold,
        targetPrecision,
        minTokens,
        minCoverage,
        vocabulary,
        labels,
        provenance,
        Optional.of(gate));
  }

  /** The standard label map. */
  public static Map<String, String> standardLabels() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("1", "unreliable (rated false or from an outlet the corpus counts as fake)");
    m.put("0", "reliable (rated true or from an outlet the corpus counts as mainstream)");
    return m;
  }

  /** Number of columns the weights address. */
  public int dimension() {
    return features.buckets() + denseFeatures.size();
  }
}
