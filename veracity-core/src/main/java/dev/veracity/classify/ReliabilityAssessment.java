package dev.veracity.classify;

import dev.veracity.model.Contribution;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A reliability classifier's explained answer for one text.
 *
 * @param probabilityUnreliable calibrated probability that the text is unreliable news, in [0, 1]
 * @param verdict reliable, unreliable or uncertain (always uncertain when out of domain)
 * @param outOfDomain why the text is unlike the training data; empty when it is not
 * @param tokens number of word tokens scored
 * @param vocabularyCoverage share of the text's distinct words seen in training, in [0, 1]
 * @param phrases the n-grams that moved the score most, largest magnitude first; n-grams made only
 *     of function words ("the", "to", "has been") are left out and summed in {@code functionWords}
 * @param towardUnreliable sentences that pushed most toward unreliable, strongest first
 * @param towardReliable sentences that pushed most toward reliable, strongest first
 * @param intercept the model's bias, part of every raw score
 * @param functionWords the summed contribution of n-grams made only of function words
 * @param features the contribution of each dense feature (style cues {@code style:<id>} and length
 *     {@code len:log_tokens}), in the model's column order
 * @param inDomainProbability the model's domain gate's probability that the text is like the
 *     training text, in [0, 1]; empty when the model has no gate
 */
public record ReliabilityAssessment(
    double probabilityUnreliable,
    Verdict verdict,
    List<OutOfDomain> outOfDomain,
    int tokens,
    double vocabularyCoverage,
    List<PhraseContribution> phrases,
    List<SentenceContribution> towardUnreliable,
    List<SentenceContribution> towardReliable,
    double intercept,
    double functionWords,
    List<Contribution> features,
    OptionalDouble inDomainProbability) {

  /** Validates and copies. */
  public ReliabilityAssessment {
    if (!(probabilityUnreliable >= 0.0 && probabilityUnreliable <= 1.0)) {
      throw new IllegalArgumentException(
          "probabilityUnreliable must be in [0, 1], got " + probabilityUnreliable);
    }
    if (verdict == null) {
      throw new IllegalArgumentException("verdict must not be null");
    }
    if (tokens < 0) {
      throw new IllegalArgumentException("tokens must be >= 0, got " + tokens);
    }
    if (!(vocabularyCoverage >= 0.0 && vocabularyCoverage <= 1.0)) {
      throw new IllegalArgumentException(
          "vocabularyCoverage must be in [0, 1], got " + vocabularyCoverage);
    }
    outOfDomain = List.copyOf(outOfDomain);
    phrases = List.copyOf(phrases);
    towardUnreliable = List.copyOf(towardUnreliable);
    towardReliable = List.copyOf(towardReliable);
    if (!Double.isFinite(intercept) || !Double.isFinite(functionWords)) {
      throw new IllegalArgumentException(
          "intercept and functionWords must be finite, got " + intercept + ", " + functionWords);
    }
    features = List.copyOf(features);
    if (inDomainProbability == null) {
      inDomainProbability = OptionalDouble.empty();
    } else if (inDomainProbability.isPresent()
        && !(inDomainProbability.getAsDouble() >= 0.0
            && inDomainProbability.getAsDouble() <= 1.0)) {
      throw new IllegalArgumentException(
          "inDomainProbability must be in [0, 1], got " + inDomainProbability);
    }
  }
}
