package dev.veracity.classify;

import dev.veracity.feature.FeatureConfig;
import dev.veracity.feature.FeatureVector;
import dev.veracity.model.InvalidModelException;
import dev.veracity.model.LinearTextModel;
import dev.veracity.model.LinearTextModelFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A reliability model's domain gate: a linear model over the reliability model's own features
 * (hashed word n-grams, style cues, length) that tells the model's training text (label 1) from a
 * pool of outside text (label 0). It scores the feature vector the reliability model has already
 * computed, so it costs one more dot product per text. A text whose in-domain probability is below
 * the gate's {@link LinearTextModel#threshold()} (a low quantile of held-out training text's
 * probabilities) is {@link OutOfDomain#UNLIKE_TRAINING_TEXT}.
 *
 * <p>Immutable and thread-safe.
 */
public final class DomainGate {

  /** The gate's model family: label 1 = like the training text, 0 = outside text. */
  public static final LinearTextModelFormat FORMAT =
      new LinearTextModelFormat(
          "veracity-domain-gate-linear/1",
          "domain gate",
          "(none: each gate is stored inside its reliability model)",
          labels());

  private final LinearTextModel model;
  private final double[] weights;

  /**
   * The gate {@code model} of a reliability model with n-gram configuration {@code features} and
   * dense features {@code denseFeatures}.
   *
   * @throws InvalidModelException when the gate is of another format, or its features differ from
   *     the reliability model's (it must score the same vector)
   */
  public DomainGate(LinearTextModel model, FeatureConfig features, List<String> denseFeatures)
      throws InvalidModelException {
    this.model = FORMAT.check(Objects.requireNonNull(model, "model"));
    if (!model.features().equals(features) || !model.denseFeatures().equals(denseFeatures)) {
      throw new InvalidModelException(
          "domain gate features "
              + model.features()
              + " "
              + model.denseFeatures()
              + " differ from the reliability model's "
              + features
              + " "
              + denseFeatures);
    }
    try {
      this.weights = model.weights().toDense(model.dimension());
    } catch (IllegalArgumentException e) {
      throw new InvalidModelException(e.getMessage(), e);
    }
  }

  /** The gate's model. */
  public LinearTextModel model() {
    return model;
  }

  /** The in-domain probability below which a text is out of domain. */
  public double threshold() {
    return model.threshold();
  }

  /** The probability that the text behind {@code features} is like the training text. */
  public double inDomainProbability(FeatureVector features) {
    return model.calibration().probability(model.bias() + features.dot(weights));
  }

  /** Whether {@code inDomainProbability} is below the threshold. */
  public boolean flags(double inDomainProbability) {
    return inDomainProbability < model.threshold();
  }

  private static Map<String, String> labels() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("1", "like the reliability model's training text");
    m.put("0", "outside text (a pool of other kinds of text; see provenance.data)");
    return m;
  }

  @Override
  public String toString() {
    return "DomainGate[" + model.features() + ", threshold=" + model.threshold() + "]";
  }
}
