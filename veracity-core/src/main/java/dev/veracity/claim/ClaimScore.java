package dev.veracity.claim;

import dev.veracity.model.Contribution;
import java.util.List;

/**
 * The check-worthiness of one sentence, explained.
 *
 * @param probability calibrated probability that the sentence is a check-worthy factual claim, in
 *     [0, 1]
 * @param checkWorthy whether {@code probability} reaches the model's threshold
 * @param cues readable cues, spans relative to the sentence
 * @param contributions the features that moved the score most, largest magnitude first
 */
public record ClaimScore(
    double probability, boolean checkWorthy, List<Cue> cues, List<Contribution> contributions) {

  /** Validates and copies. */
  public ClaimScore {
    if (!(probability >= 0.0 && probability <= 1.0)) {
      throw new IllegalArgumentException("probability must be in [0, 1], got " + probability);
    }
    cues = List.copyOf(cues);
    contributions = List.copyOf(contributions);
  }
}
