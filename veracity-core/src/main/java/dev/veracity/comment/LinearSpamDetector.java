package dev.veracity.comment;

import dev.veracity.claim.ClaimFeaturizer;
import dev.veracity.claim.LinearTerms;
import dev.veracity.feature.FeatureConfig;
import dev.veracity.model.InvalidModelException;
import java.util.Objects;

/**
 * A spam detector that scores hashed n-grams and {@link SpamCues} features with a calibrated linear
 * model.
 *
 * <p>Immutable and thread-safe. Comments longer than {@link #MAX_CHARS} characters are scored on
 * their first {@link #MAX_CHARS} characters, which bounds the time per comment. Contributions are
 * rounded to 4 decimals and leave out the length feature and punctuation-only n-grams.
 */
public final class LinearSpamDetector implements SpamDetector {

  /** Longest prefix of a comment that is scored. */
  public static final int MAX_CHARS = 5_000;

  /** How many contributions a score lists. */
  public static final int TOP_CONTRIBUTIONS = 6;

  private final SpamModel model;
  private final ClaimFeaturizer featurizer;
  private final double[] weights;

  /**
   * A detector for {@code model}.
   *
   * @throws InvalidModelException when the model's dense features are not the ones this code
   *     computes
   */
  public LinearSpamDetector(SpamModel model) throws InvalidModelException {
    this.model = Objects.requireNonNull(model, "model");
    this.featurizer = featurizer(model.features());
    this.weights =
        LinearTerms.denseWeights(
            featurizer, model.denseFeatures(), model.weights(), model.dimension());
  }

  /**
   * The featurizer shared by training and scoring: hashed n-grams, one binary feature per {@link
   * SpamCues} detector and a length feature.
   */
  public static ClaimFeaturizer featurizer(FeatureConfig config) {
    return new ClaimFeaturizer(config, SpamCues.standard());
  }

  /** A detector for the default model on the classpath. */
  public static LinearSpamDetector withDefaultModel() throws InvalidModelException {
    return new LinearSpamDetector(SpamModelJson.readDefault());
  }

  /** The model. */
  public SpamModel model() {
    return model;
  }

  /** The uncalibrated log-odds score of {@code comment}. */
  public double rawScore(String comment) {
    return model.bias() + featurizer.featurize(cap(comment)).vector().dot(weights);
  }

  @Override
  public SpamScore score(String comment) {
    ClaimFeaturizer.Featurized f = featurizer.featurize(cap(comment));
    double raw = model.bias() + f.vector().dot(weights);
    double p = model.calibration().probability(raw);
    return new SpamScore(
        p, p >= model.threshold(), f.cues(), LinearTerms.top(f, weights, TOP_CONTRIBUTIONS));
  }

  private static String cap(String comment) {
    Objects.requireNonNull(comment, "comment");
    if (comment.length() <= MAX_CHARS) {
      return comment;
    }
    // Do not cut a surrogate pair in half.
    int end = Character.isHighSurrogate(comment.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
    return comment.substring(0, end);
  }

  @Override
  public String describe() {
    Object created = model.provenance().getOrDefault("created", "unknown");
    return "LinearSpamDetector(" + model.format() + ", created " + created + ")";
  }

  @Override
  public String toString() {
    return "LinearSpamDetector[" + featurizer + "]";
  }
}
