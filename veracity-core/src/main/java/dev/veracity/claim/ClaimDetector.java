package dev.veracity.claim;

/**
 * Scores how check-worthy a sentence is.
 *
 * <p>Implementations are thread-safe and deterministic: the same sentence always gets the same
 * score.
 */
public interface ClaimDetector {

  /** The explained check-worthiness of {@code sentence}; empty text gets a valid low score. */
  ClaimScore score(String sentence);

  /** A short description of the model, for report provenance. */
  String describe();
}
