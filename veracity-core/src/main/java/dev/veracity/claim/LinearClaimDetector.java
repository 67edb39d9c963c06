package dev.veracity.claim;

import dev.veracity.feature.HashedTerm;
import dev.veracity.model.Contribution;
import dev.veracity.model.InvalidModelException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
    List<Contribution> contributions = new ArrayList<>();
    for (HashedTerm t : f.terms()) {
      // Every sentence has a length and punctuation; listing them would crowd out the features
      // that tell sentences apart.
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
    return new ClaimScore(
        p,
        p >= model.threshold(),
        f.cues(),
        contributions.subList(0, Math.min(TOP_CONTRIBUTIONS, contributions.size())));
  }

  /** Whether a feature name holds a letter or digit after its prefix ("w:," does not). */
  private static boolean explains(String name) {
    return name.substring(name.indexOf(':') + 1).chars().anyMatch(Character::isLetterOrDigit);
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
