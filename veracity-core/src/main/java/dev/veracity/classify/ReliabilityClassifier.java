package dev.veracity.classify;

/**
 * Judges how likely a text is unreliable news, with an explanation.
 *
 * <p>Implementations are immutable and thread-safe, and give the same answer for the same text.
 */
public interface ReliabilityClassifier {

  /**
   * Assesses {@code text} (a whole article with its headline, or one statement or post).
   *
   * @throws NullPointerException when {@code text} is null
   */
  ReliabilityAssessment assess(String text);

  /** A one-line description of the classifier and its model, for provenance. */
  String describe();
}
