package dev.veracity.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veracity.server.store.CheckSummary;
import dev.veracity.server.store.Verdict;

/**
 * Writes a reviewer's verdict as a schema.org {@code ClaimReview} (https://schema.org/ClaimReview):
 * the claim's sentence (or, for an article verdict, the article's title or source) as {@code
 * claimReviewed}, the label as a 1-5 {@code reviewRating} with its name, the note as {@code
 * reviewBody}, the reviewer as {@code author}.
 */
final class ClaimReviews {

  private ClaimReviews() {}

  static ObjectNode of(Verdict v, CheckSummary check) {
    ObjectNode review = Json.object();
    review.put("@type", "ClaimReview");
    review.put("identifier", v.id());
    review.put("datePublished", v.createdAt().toString());
    review.put(
        "claimReviewed", v.claimText().orElseGet(() -> check.title().orElse(check.source())));
    ObjectNode author = review.putObject("author");
    author.put("@type", "Person");
    author.put("name", v.reviewer());
    ObjectNode item = review.putObject("itemReviewed");
    item.put("@type", "Claim");
    ObjectNode appearance = item.putObject("appearance");
    appearance.put("@type", "CreativeWork");
    appearance.put("identifier", check.id());
    check.title().ifPresent(t -> appearance.put("headline", t));
    if (check.source().startsWith("http://") || check.source().startsWith("https://")) {
      appearance.put("url", check.source());
    }
    ObjectNode rating = review.putObject("reviewRating");
    rating.put("@type", "Rating");
    if (v.label().rating() > 0) {
      rating.put("ratingValue", v.label().rating());
      rating.put("bestRating", 5);
      rating.put("worstRating", 1);
    }
    rating.put("alternateName", v.label().title());
    v.note().ifPresent(n -> review.put("reviewBody", n));
    return review;
  }
}
