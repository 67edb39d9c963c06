package dev.veracity.claim;

import dev.veracity.embed.SentenceEncoder;
import dev.veracity.model.InvalidModelException;
import dev.veracity.model.LinearTextModel;
import dev.veracity.model.LinearTextModelFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A claim detector that scores hashed n-grams and cue features with a calibrated linear model.
 *
 * <p>Immutable and thread-safe. Sentences longer than {@link #MAX_CHARS} characters are scored on
 * their first {@link #MAX_CHARS} characters, which bounds the time per sentence. Contributions are
 * rounded to 4 decimals and leave out the length feature and punctuation-only n-grams.
 */
public final class LinearClaimDetector implements ClaimDetector {

  /** Longest prefix of a sentence that is scored. */
  public static final int MAX_CHARS = LinearTextScorer.MAX_CHARS;

  /** How many contributions a score lists. */
  public static final int TOP_CONTRIBUTIONS = LinearTextScorer.TOP_CONTRIBUTIONS;

  /** The check-worthiness model files: format tag, labels and the default model. */
  public static final LinearTextModelFormat MODEL_FORMAT =
      new LinearTextModelFormat(
          "veracity-checkworthy-linear/1",
          "check-worthiness model",
          "dev/veracity/claim/checkworthy-model.json",
          labels());

  private final LinearTextScorer scorer;

  /**
   * A detector for {@code model}.
   *
   * @throws InvalidModelException when the model is not a check-worthiness model or its dense
   *     features are not the ones this code computes
   */
  public LinearClaimDetector(LinearTextModel model) throws InvalidModelException {
    this(model, Optional.empty());
  }

  /**
   * A detector for {@code model} whose sentence-encoder features, if it has any, come from {@code
   * encoder}.
   *
   * @throws InvalidModelException when the model is not a check-worthiness model or its dense
   *     features are not the ones this code and {@code encoder} compute (a model trained with an
   *     encoder needs the same encoder, one trained without needs none)
   */
  public LinearClaimDetector(LinearTextModel model, Optional<SentenceEncoder> encoder)
      throws InvalidModelException {
    this.scorer =
        new LinearTextScorer(
            model,
            MODEL_FORMAT,
            new ClaimFeaturizer(model.features(), CheckworthinessCues.standard(), encoder));
  }

  /** A detector for the default model on the classpath. */
  public static LinearClaimDetector withDefaultModel() throws InvalidModelException {
    return new LinearClaimDetector(MODEL_FORMAT.readDefault());
  }

  /** The model. */
  public LinearTextModel model() {
    return scorer.model();
  }

  /** The uncalibrated log-odds score of {@code sentence}. */
  public double rawScore(String sentence) {
    return scorer.rawScore(sentence);
  }

  @Override
  public ClaimScore score(String sentence) {
    LinearTextScorer.Scored s = scorer.score(sentence);
    return new ClaimScore(s.probability(), s.positive(), s.cues(), s.contributions());
  }

  @Override
  public String describe() {
    return scorer.describe("LinearClaimDetector");
  }

  @Override
  public String toString() {
    return "LinearClaimDetector[" + scorer + "]";
  }

  private static Map<String, String> labels() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("1", "check-worthy factual claim");
    m.put("0", "not check-worthy (opinion, question, courtesy, unimportant fact)");
    return m;
  }
}
