package dev.veracity.claim;

import dev.veracity.feature.HashedTerm;
import dev.veracity.model.Contribution;
import dev.veracity.model.InvalidModelException;
import dev.veracity.model.LinearTextModel;
import dev.veracity.model.LinearTextModelFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Scores texts with a {@link LinearTextModel} over {@link ClaimFeaturizer} features: calibrated
 * probability, the model's decision, the cues found and the terms that moved the score most.
 *
 * <p>Immutable and thread-safe. Texts longer than {@link #MAX_CHARS} characters are scored on their
 * first {@link #MAX_CHARS} characters (never cutting a surrogate pair), which bounds the time per
 * text. Contributions are value times weight rounded to 4 decimals, largest magnitude first, ties
 * by feature name; the length feature and punctuation-only n-grams are left out.
 */
public final class LinearTextScorer {

  /** Longest prefix of a text that is scored. */
  public static final int MAX_CHARS = 5_000;

  /** How many contributions a score lists. */
  public static final int TOP_CONTRIBUTIONS = 6;

  private final LinearTextModel model;
  private final ClaimFeaturizer featurizer;
  private final double[] weights;

  /**
   * A scorer for {@code model}, which must be of family {@code format} and use the dense features
   * that {@code featurizer} computes.
   *
   * @throws InvalidModelException when the model is of another family, its dense features are not
   *     the featurizer's, or a weight index lies outside the model's dimension
   */
  public LinearTextScorer(
      LinearTextModel model, LinearTextModelFormat format, ClaimFeaturizer featurizer)
      throws InvalidModelException {
    this.model = format.check(Objects.requireNonNull(model, "model"));
    this.featurizer = Objects.requireNonNull(featurizer, "featurizer");
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
   * One text's score.
   *
   * @param probability calibrated probability of the positive class, in [0, 1]
   * @param positive whether {@code probability} reaches the model's threshold
   * @param cues readable cues, spans relative to the text
   * @param contributions the features that moved the score most, largest magnitude first
   */
  public record Scored(
      double probability, boolean positive, List<Cue> cues, List<Contribution> contributions) {

    /** Validates and copies. */
    public Scored {
      cues = List.copyOf(cues);
      contributions = List.copyOf(contributions);
    }
  }

  /** The model. */
  public LinearTextModel model() {
    return model;
  }

  /** The uncalibrated log-odds score of {@code text}. */
  public double rawScore(String text) {
    return model.bias() + featurizer.vectorize(cap(text)).dot(weights);
  }

  /** The calibrated score of {@code text}, explained. */
  public Scored score(String text) {
    ClaimFeaturizer.Featurized f = featurizer.featurize(cap(text));
    double p = model.calibration().probability(model.bias() + f.vector().dot(weights));
    return new Scored(p, p >= model.threshold(), f.cues(), top(f));
  }

  /** {@code name(format, created …)}, naming the model for report provenance. */
  public String describe(String name) {
    Object created = model.provenance().getOrDefault("created", "unknown");
    return name + "(" + model.format() + ", created " + created + ")";
  }

  private static String cap(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() <= MAX_CHARS) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
    return text.substring(0, end);
  }

  private List<Contribution> top(ClaimFeaturizer.Featurized f) {
    List<Contribution> contributions = new ArrayList<>();
    Map<String, Double> embeddings = new TreeMap<>();
    for (HashedTerm t : f.terms()) {
      // Every text has a length and most have punctuation; listing them would crowd out the
      // features that tell texts apart.
      if (t.name().equals(ClaimFeaturizer.LENGTH_FEATURE) || !explains(t.name())) {
        continue;
      }
      if (t.name().startsWith(ClaimFeaturizer.EMBEDDING_PREFIX)) {
        // One component of a sentence vector means nothing alone; the encoder's total does.
        String encoder = t.name().substring(0, t.name().lastIndexOf(':'));
        embeddings.merge(encoder, t.value() * weights[t.index()], Double::sum);
        continue;
      }
      add(contributions, t.name(), t.value() * weights[t.index()]);
    }
    embeddings.forEach((name, sum) -> add(contributions, name, sum));
    contributions.sort(
        Comparator.comparingDouble((Contribution c) -> -Math.abs(c.weight()))
            .thenComparing(Contribution::feature));
    return contributions.subList(0, Math.min(TOP_CONTRIBUTIONS, contributions.size()));
  }

  private static void add(List<Contribution> contributions, String name, double value) {
    double c = Math.round(value * 10_000) / 10_000.0;
    if (c != 0.0) {
      contributions.add(new Contribution(name, c));
    }
  }

  /** Whether a feature name holds a letter or digit after its prefix ("w:," does not). */
  private static boolean explains(String name) {
    return name.substring(name.indexOf(':') + 1).chars().anyMatch(Character::isLetterOrDigit);
  }

  @Override
  public String toString() {
    return "LinearTextScorer[" + featurizer + "]";
  }
}
