package dev.veracity.comment;

import dev.veracity.claim.ClaimFeaturizer;
import dev.veracity.feature.FeatureConfig;
import dev.veracity.feature.HashedTerm;
import dev.veracity.model.Contribution;
import dev.veracity.model.InvalidModelException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
    if (!featurizer.denseNames().equals(model.denseFeatures())) {
      throw new InvalidModelException(
          "model dense features "
              + model.denseFeatures()
              + " differ from this version's "
              + featurizer.denseNames());
    }
    try {
      this.weights = model.weights().toDense(model.dimension());
    } catch (IllegalArgumentException e) {
      throw new InvalidModelException(e.getMessage(), e);
    }
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
    List<Contribution> contributions = new ArrayList<>();
    for (HashedTerm t : f.terms()) {
      // Every comment has a length; listing it would crowd out the features that tell comments
      // apart.
      if (t.name().equals(ClaimFeaturizer.LENGTH_FEATURE) || !explains(t.name())) {
        continue;
      }
      double c = Math.round(t.value() * weights[t.index()] * 10_000) / 10_000.0;
      if (c != 0.0) {
        contributions.add(new Contribution(t.name(), c));
      }
    }
    contributions.sort(
        Comparator.comparingDouble((Contribution c) -> -Math.abs(c.weight()))
            .thenComparing(Contribution::feature));
    return new SpamScore(
        p,
        p >= model.threshold(),
        f.cues(),
        contributions.subList(0, Math.min(TOP_CONTRIBUTIONS, contributions.size())));
  }

  /** Whether a feature name holds a letter or digit after its prefix ("w:," does not). */
  private static boolean explains(String name) {
    return name.substring(name.indexOf(':') + 1).chars().anyMatch(Character::isLetterOrDigit);
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
