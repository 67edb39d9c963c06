package dev.veracity.claim;

import dev.veracity.model.InvalidModelException;
import java.util.Objects;

/**
 * A claim detector that scores hashed n-grams and cue features with a calibrated linear model.
 *
 * <p>Immutable and thread-safe. Sentences longer than {@link #MAX_CHARS} characters are scored on
 * their first {@link #MAX_CHARS} characters, which bounds the time per sentence. Contributions are
 * rounded to 4 decimals and leave out the length feature and punctuation-only n-grams.
 */
public final class LinearClaimDetector implements ClaimDetector {

  /** Longest prefix of a sentence that is scored. */
  public static final int MAX_CHARS = 5_000;

  /** How many contributions a score lists. */
  public static final int TOP_CONTRIBUTIONS = 6;

  private final ClaimModel model;
  private final ClaimFeaturizer featurizer;
  private final double[] weights;

  /**
   * A detector for {@code model}.
   *
   * @throws InvalidModelException when the model's dense features are not the ones this code
   *     computes
   */
  public LinearClaimDetector(ClaimModel model) throws InvalidModelException {
    this.model = Objects.requireNonNull(model, "model");
    this.featurizer = new ClaimFeaturizer(model.features());
    this.weights =
        LinearTerms.denseWeights(
            featurizer, model.denseFeatures(), model.weights(), model.dimension());
  }

  /** A detector for the default model on the classpath. */
  public static LinearClaimDetector withDefaultModel() throws InvalidModelException {
    return new LinearClaimDetector(ClaimModelJson.readDefault());
  }

  /** The model. */
  public ClaimModel model() {
    return model;
  }

  /** The uncalibrated log-odds score of {@code sentence}. */
  public double rawScore(String sentence) {
    return model.bias() + featurizer.featurize(cap(sentence)).vector().dot(weights);
  }

  @Override
  public ClaimScore score(String sentence) {
    ClaimFeaturizer.Featurized f = featurizer.featurize(cap(sentence));
    double raw = model.bias() + f.vector().dot(weights);
    double p = model.calibration().probability(raw);
    return new ClaimScore(
        p, p >= model.threshold(), f.cues(), LinearTerms.top(f, weights, TOP_CONTRIBUTIONS));
  }

  private static String cap(String sentence) {
    Objects.requireNonNull(sentence, "sentence");
    return sentence.length() <= MAX_CHARS ? sentence : sentence.substring(0, MAX_CHARS);
  }

  @Override
  public String describe() {
    Object created = model.provenance().getOrDefault("created", "unknown");
    return "LinearClaimDetector(" + model.format() + ", created " + created + ")";
  }

  @Override
  public String toString() {
    return "LinearClaimDetector[" + featurizer + "]";
  }
}
