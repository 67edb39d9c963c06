package dev.veracity.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veracity.server.store.CheckSummary;
import dev.veracity.server.store.Verdict;
import dev.veracity.server.store.VerdictLabel;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ClaimReviewsTest {

  private final CheckSummary check =
      new CheckSummary(
          "c1",
          Instant.parse("2026-11-25T10:00:00Z"),
          "anonymous",
          "https://news.example.org/dam",
          Optional.of("Dam holds 4 billion litres"),
          Optional.of("news.example.org"),
          120,
          "00",
          "{}");

  @Test
  void aClaimVerdictReviewsTheClaimsSentenceWithA1To5Rating() {
    Verdict v =
        new Verdict(
            "v1",
            "c1",
            OptionalInt.of(0),
            Optional.of("The dam holds 4 billion litres."),
            VerdictLabel.MOSTLY_FALSE,
            Optional.of("It holds 2.5 billion."),
            "rita",
            Instant.parse("2026-11-25T11:00:00Z"));

    ObjectNode review = ClaimReviews.of(v, check);

    assertThat(review.get("claimReviewed").asText()).isEqualTo("The dam holds 4 billion litres.");
    assertThat(review.get("reviewRating").get("ratingValue").asInt()).isEqualTo(2);
    assertThat(review.get("reviewRating").get("alternateName").asText()).isEqualTo("Mostly false");
    assertThat(review.get("itemReviewed").get("appearance").get("url").asText())
        .isEqualTo("https://news.example.org/dam");
    assertThat(review.get("datePublished").asText()).isEqualTo("2026-11-25T11:00:00Z");
  }

  @Test
  void anUnprovenArticleVerdictHasANamedRatingWithoutAValue() {
    Verdict v =
        new Verdict(
            "v2",
            "c1",
            OptionalInt.empty(),
            Optional.empty(),
            VerdictLabel.UNPROVEN,
            Optional.empty(),
            "rita",
            Instant.parse("2026-11-25T11:00:00Z"));

    ObjectNode review = ClaimReviews.of(v, check);

    assertThat(review.get("claimReviewed").asText()).isEqualTo("Dam holds 4 billion litres");
    assertThat(review.get("reviewRating").has("ratingValue")).isFalse();
    assertThat(review.get("reviewRating").get("alternateName").asText()).isEqualTo("Unproven");
  }
}
