package dev.veracity.comment;

import dev.veracity.claim.Cue;
import dev.veracity.model.Contribution;
import java.util.List;

/**
 * The spam score of one comment, explained.
 *
 * @param probability calibrated probability that the comment is spam, in [0, 1]
 * @param spam whether {@code probability} reaches the model's threshold
 * @param cues readable cues, spans relative to the comment
 * @param contributions the features that moved the score most, largest magnitude first
 */
public record SpamScore(
    double probability, boolean spam, List<Cue> cues, List<Contribution> contributions) {

  /** Validates and copies. */
  public SpamScore {
    if (!(probability >= 0.0 && probability <= 1.0)) {
      throw new IllegalArgumentException("probability must be in [0, 1], got " + probability);
    }
    cues = List.copyOf(cues);
    contributions = List.copyOf(contributions);
  }
}
