package dev.veracity.server.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A reviewer's verdict on a checked article or on one of its claims.
 *
 * @param id the verdict's id (a random UUID)
 * @param checkId the check it is about
 * @param claimIndex the index into the report's {@code claims.article}, or empty for the article
 * @param claimText the claim's sentence at the time of the verdict, for claim verdicts
 * @param label the rating
 * @param note the reviewer's explanation
 * @param reviewer the API key name of the reviewer
 * @param createdAt when it was recorded
 */
public record Verdict(
    String id,
    String checkId,
    OptionalInt claimIndex,
    Optional<String> claimText,
    VerdictLabel label,
    Optional<String> note,
    String reviewer,
    Instant createdAt) {

  /** Validates. */
  public Verdict {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(checkId, "checkId");
    Objects.requireNonNull(claimIndex, "claimIndex");
    Objects.requireNonNull(claimText, "claimText");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(reviewer, "reviewer");
    Objects.requireNonNull(createdAt, "createdAt");
    if (claimIndex.isPresent() && claimIndex.getAsInt() < 0) {
      throw new IllegalArgumentException("claimIndex must be >= 0, got " + claimIndex.getAsInt());
    }
  }
}
