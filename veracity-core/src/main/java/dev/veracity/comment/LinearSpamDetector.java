package dev.veracity.comment;

import dev.veracity.claim.ClaimFeaturizer;
import dev.veracity.claim.LinearTextScorer;
import dev.veracity.feature.FeatureConfig;
import dev.veracity.model.InvalidModelException;
import dev.veracity.model.LinearTextModel;
import dev.veracity.model.LinearTextModelFormat;
import java.util.LinkedHashMap;
import java.util.Map;

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
  public static final int MAX_CHARS = LinearTextScorer.MAX_CHARS;

  /** How many contributions a score lists. */
  public static final int TOP_CONTRIBUTIONS = LinearTextScorer.TOP_CONTRIBUTIONS;

  /** The comment-spam model files: format tag, labels and the default model. */
  public static final LinearTextModelFormat MODEL_FORMAT =
      new LinearTextModelFormat(
          "veracity-comment-spam-linear/1",
          "comment-spam model",
          "dev/veracity/comment/spam-model.json",
          labels());

  private final LinearTextScorer scorer;

  /**
   * A detector for {@code model}.
   *
   * @throws InvalidModelException when the model is not a comment-spam model or its dense features
   *     are not the ones this code computes
   */
  public LinearSpamDetector(LinearTextModel model) throws InvalidModelException {
    this.scorer = new LinearTextScorer(model, MODEL_FORMAT, featurizer(model.features()));
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
    return new LinearSpamDetector(MODEL_FORMAT.readDefault());
  }

  /** The model. */
  public LinearTextModel model() {
    return scorer.model();
  }

  /** The uncalibrated log-odds score of {@code comment}. */
  public double rawScore(String comment) {
    return scorer.rawScore(comment);
  }

  @Override
  public SpamScore score(String comment) {
    LinearTextScorer.Scored s = scorer.score(comment);
    return new SpamScore(s.probability(), s.positive(), s.cues(), s.contributions());
  }

  @Override
  public String describe() {
    return scorer.describe("LinearSpamDetector");
  }

  @Override
  public String toString() {
    return "LinearSpamDetector[" + scorer + "]";
  }

  private static Map<String, String> labels() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("1", "spam (promotion, links, self-advertising)");
    m.put("0", "ham (a genuine comment)");
    return m;
  }
}
