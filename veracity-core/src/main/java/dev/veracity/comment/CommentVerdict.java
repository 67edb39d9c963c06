package dev.veracity.comment;

import dev.veracity.claim.Cue;
import dev.veracity.model.Contribution;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The spam judgement of one reader's comment of an article.
 *
 * @param start offset of the comment segment in the article text
 * @param end offset after the comment segment
 * @param author the comment's author, when visible
 * @param depth reply depth (0 = top level)
 * @param spamProbability calibrated probability that the comment is spam, in [0, 1]
 * @param spam whether {@code spamProbability} reaches the model's threshold
 * @param cues readable cues, spans as offsets into the article text
 * @param contributions the features that moved the score most
 */
public record CommentVerdict(
    int start,
    int end,
    Optional<String> author,
    int depth,
    double spamProbability,
    boolean spam,
    List<Cue> cues,
    List<Contribution> contributions) {

  /** Validates and copies. */
  public CommentVerdict {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
    }
    Objects.requireNonNull(author, "author");
    if (!(spamProbability >= 0.0 && spamProbability <= 1.0)) {
      throw new IllegalArgumentException(
          "spamProbability must be in [0, 1], got " + spamProbability);
    }
    cues = List.copyOf(cues);
    contributions = List.copyOf(contributions);
  }
}
