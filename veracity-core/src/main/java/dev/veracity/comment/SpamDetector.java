package dev.veracity.comment;

import dev.veracity.model.InvalidModelException;

/**
 * Scores how likely a reader comment is spam.
 *
 * <p>Implementations are thread-safe and deterministic: the same comment always gets the same
 * score.
 */
public interface SpamDetector {

  /** The explained spam score of {@code comment}; empty text gets a valid score. */
  SpamScore score(String comment);

  /** A short description of the model, for report provenance. */
  String describe();

  /** The linear detector with the default model shipped on the classpath. */
  static SpamDetector withDefaultModel() throws InvalidModelException {
    return LinearSpamDetector.withDefaultModel();
  }
}
