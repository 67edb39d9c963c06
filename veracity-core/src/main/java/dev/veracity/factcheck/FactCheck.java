package dev.veracity.factcheck;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One published fact-check of one claim, modelled on schema.org ClaimReview.
 *
 * @param id a stable identifier, unique in a store: re-importing a fact-check with the same id
 *     replaces it (the review URL, or the source's own id such as a CheckThat {@code vclaim_id})
 * @param claim the claim reviewed, as the reviewer worded it; not blank
 * @param claimant who made the claim, when known
 * @param claimDate when the claim was made, when known
 * @param reviewer the publisher of the review, e.g. {@code Snopes}; not blank
 * @param title the review's headline, when known
 * @param ratingText the reviewer's own verdict text, e.g. {@code "Pants on Fire"}; empty when the
 *     source gives none
 * @param rating the verdict on the shared scale
 * @param url the review's address, when known
 * @param reviewDate when the review was published, when known
 * @param language the review's language as an ISO 639-1 code, e.g. {@code en}
 * @param source the import format it came from, e.g. {@code snopes-scrape}
 */
public record FactCheck(
    String id,
    String claim,
    Optional<String> claimant,
    Optional<LocalDate> claimDate,
    String reviewer,
    Optional<String> title,
    String ratingText,
    Rating rating,
    Optional<String> url,
    Optional<LocalDate> reviewDate,
    String language,
    String source) {

  /** Validates. */
  public FactCheck {
    requireText(id, "id");
    requireText(claim, "claim");
    Objects.requireNonNull(claimant, "claimant");
    Objects.requireNonNull(claimDate, "claimDate");
    requireText(reviewer, "reviewer");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(ratingText, "ratingText");
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(reviewDate, "reviewDate");
    requireText(language, "language");
    requireText(source, "source");
  }

  private static void requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
