package dev.veracity.factcheck;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A known fact-check found for a claim. A match says the claim (or one close to it) was reviewed
 * before; the review's rating is the reviewer's verdict on that claim, not evidence about the
 * article that repeats it.
 *
 * @param factCheck the fact-check found
 * @param rank its position among the matches for the claim, from 1
 * @param similarity cosine similarity of the claim's and the fact-check's sentence embeddings, in
 *     [-1, 1]
 * @param probability calibrated probability that the fact-check reviews the same claim, in [0, 1],
 *     when the matcher is calibrated
 * @param matchedBy which retrievals ranked it among their candidates
 * @param matchedWords the claim's words, as written in the claim, whose stems also occur in the
 *     fact-check's claim or title
 */
public record FactCheckMatch(
    FactCheck factCheck,
    int rank,
    double similarity,
    Optional<Double> probability,
    Set<MatchKind> matchedBy,
    List<String> matchedWords) {

  /** Validates and copies. */
  public FactCheckMatch {
    Objects.requireNonNull(factCheck, "factCheck");
    if (rank < 1) {
      throw new IllegalArgumentException("rank must be >= 1, got " + rank);
    }
    if (!(similarity >= -1.0001 && similarity <= 1.0001)) {
      throw new IllegalArgumentException("similarity must be in [-1, 1], got " + similarity);
    }
    Objects.requireNonNull(probability, "probability");
    probability.ifPresent(
        p -> {
          if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("probability must be in [0, 1], got " + p);
          }
        });
    matchedBy = Set.copyOf(matchedBy);
    matchedWords = List.copyOf(matchedWords);
  }
}
