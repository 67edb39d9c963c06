package dev.veracity.verdict;

import dev.veracity.classify.PhraseContribution;
import dev.veracity.model.Contribution;
import java.util.List;

/**
 * Why the text model scored the article as it did: the raw log-odds is the intercept plus the word
 * n-grams (phrases, function words and the rest) plus the dense features (style cues and length).
 *
 * @param phrases the content n-grams that moved the score most, largest magnitude first, each with
 *     its spans in the analysed text
 * @param towardUnreliable the sentences that pushed most toward unreliable, strongest first
 * @param towardReliable the sentences that pushed most toward reliable, strongest first
 * @param styleCues each style cue's and the length feature's contribution to the raw log-odds
 * @param functionWords the summed contribution of n-grams made only of function words ("the", "to",
 *     "has been"), which describe how a text is written rather than what it says
 * @param intercept the model's bias, part of every raw score
 */
public record TextExplanation(
    List<PhraseContribution> phrases,
    List<SentenceEvidence> towardUnreliable,
    List<SentenceEvidence> towardReliable,
    List<Contribution> styleCues,
    double functionWords,
    double intercept) {

  /** Validates and copies. */
  public TextExplanation {
    phrases = List.copyOf(phrases);
    towardUnreliable = List.copyOf(towardUnreliable);
    towardReliable = List.copyOf(towardReliable);
    styleCues = List.copyOf(styleCues);
    if (!Double.isFinite(functionWords) || !Double.isFinite(intercept)) {
      throw new IllegalArgumentException(
          "functionWords and intercept must be finite, got " + functionWords + ", " + intercept);
    }
  }
}
