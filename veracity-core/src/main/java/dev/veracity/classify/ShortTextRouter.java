package dev.veracity.classify;

import dev.veracity.feature.HashingVectorizer;
import dev.veracity.model.InvalidModelException;
import dev.veracity.model.LinearTextModel;
import dev.veracity.model.LinearTextModelFormat;
import dev.veracity.text.WordTokenizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Picks the reliability model for a short text: a linear classifier over hashed word n-grams that
 * tells social-media posts ({@link ModelKind#POSTS}) from political statements ({@link
 * ModelKind#STATEMENTS}), because one model for both serves the easy posts worse than a model of
 * their own (docs/EVALUATION.md, "Short texts: one model per domain").
 *
 * <p>Immutable and thread-safe.
 */
public final class ShortTextRouter {

  /** The router's model family: label 1 = a post, 0 = a statement. */
  public static final LinearTextModelFormat MODEL_FORMAT =
      new LinearTextModelFormat(
          "veracity-short-text-router-linear/1",
          "short-text router",
          "dev/veracity/classify/short-text-router.json",
          labels());

  private static ShortTextRouter defaultInstance;

  private final LinearTextModel model;
  private final HashingVectorizer vectorizer;
  private final double[] weights;

  /**
   * A router scoring with {@code model}.
   *
   * @throws IllegalArgumentException when the model has dense features (the router has none)
   */
  public ShortTextRouter(LinearTextModel model) {
    this.model = Objects.requireNonNull(model, "model");
    if (!model.denseFeatures().isEmpty()) {
      throw new IllegalArgumentException(
          "model must have no dense features, got " + model.denseFeatures());
    }
    this.vectorizer = featurizer(model);
    this.weights = model.weights().toDense(model.dimension());
  }

  /** The vectorizer shared by training and routing: the model's n-grams, no dense features. */
  public static HashingVectorizer featurizer(LinearTextModel model) {
    return new HashingVectorizer(model.features(), new WordTokenizer(), List.of());
  }

  /** The committed default router, read once and shared. */
  public static synchronized ShortTextRouter defaults() throws InvalidModelException {
    if (defaultInstance == null) {
      defaultInstance = new ShortTextRouter(MODEL_FORMAT.readDefault());
    }
    return defaultInstance;
  }

  /** The model. */
  public LinearTextModel model() {
    return model;
  }

  /**
   * The calibrated probability that {@code text} is a social-media post rather than a statement.
   */
  public double probabilityPost(String text) {
    Objects.requireNonNull(text, "text");
    double raw = model.bias() + vectorizer.vectorize(text, new double[0]).dot(weights);
    return model.calibration().probability(raw);
  }

  /**
   * {@link ModelKind#POSTS} when {@link #probabilityPost} reaches the threshold, else statements.
   */
  public ModelKind route(String text) {
    return probabilityPost(text) >= model.threshold() ? ModelKind.POSTS : ModelKind.STATEMENTS;
  }

  @Override
  public String toString() {
    return "ShortTextRouter[" + model.features() + ", threshold=" + model.threshold() + "]";
  }

  private static Map<String, String> labels() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("1", "social-media post (COVID-19 posts of CONSTRAINT)");
    m.put("0", "political statement (LIAR)");
    return m;
  }
}
