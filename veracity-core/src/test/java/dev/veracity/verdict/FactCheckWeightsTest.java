package dev.veracity.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.veracity.factcheck.ClaimFactChecks;
import dev.veracity.factcheck.FactCheck;
import dev.veracity.factcheck.FactCheckMatch;
import dev.veracity.factcheck.FactCheckReport;
import dev.veracity.factcheck.MatchKind;
import dev.veracity.factcheck.Rating;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FactCheckWeightsTest {

  private final FactCheckWeights weights = FactCheckWeights.defaults();

  private static ClaimFactChecks statement(
      ClaimFactChecks.Role role, Rating rating, double probability) {
    FactCheck review =
        new FactCheck(
            "snopes-1",
            "Obama was born in Kenya",
            Optional.empty(),
            Optional.empty(),
            "Snopes",
            Optional.empty(),
            rating.id(),
            rating,
            Optional.of("https://www.snopes.com/fact-check/kenyan-mistake/"),
            Optional.empty(),
            "en",
            "test");
    FactCheckMatch match =
        new FactCheckMatch(
            review, 1, 0.9, Optional.of(probability), Set.of(MatchKind.values()), List.of("Kenya"));
    return new ClaimFactChecks(role, "Obama was born in Kenya.", 0, 24, List.of(match));
  }

  private static ClaimFactChecks unmatched() {
    return new ClaimFactChecks(ClaimFactChecks.Role.CLAIM, "It rained.", 30, 40, List.of());
  }

  @Test
  void withoutAnIndexThereIsNoSignal() {
    assertThat(weights.signal(FactCheckReport.noIndex())).isEmpty();
  }

  @Test
  void statementsWithoutMatchesAddNothing() {
    Signal s = weights.signal(FactCheckReport.loaded("idx", List.of(unmatched()))).orElseThrow();

    assertThat(s.logOdds()).isEqualTo(0.0);
    assertThat(s.finding()).isEqualTo("no statement matches a known fact-check");
  }

  @Test
  void aClaimMatchedToAFalseReviewAddsItsWeightTimesTheMatchProbability() {
    Signal s =
        weights
            .signal(
                FactCheckReport.loaded(
                    "idx",
                    List.of(statement(ClaimFactChecks.Role.CLAIM, Rating.FALSE, 0.8), unmatched())))
            .orElseThrow();

    assertThat(s.logOdds()).isCloseTo(0.4, within(1e-9));
    assertThat(s.finding()).isEqualTo("claim matches a review rated false");
  }

  @Test
  void theHeadlineCountsTwice() {
    Signal s =
        weights
            .signal(
                FactCheckReport.loaded(
                    "idx", List.of(statement(ClaimFactChecks.Role.HEADLINE, Rating.FALSE, 1.0))))
            .orElseThrow();

    assertThat(s.logOdds()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void aTrueReviewPullsTowardReliable() {
    Signal s =
        weights
            .signal(
                FactCheckReport.loaded(
                    "idx", List.of(statement(ClaimFactChecks.Role.CLAIM, Rating.TRUE, 1.0))))
            .orElseThrow();

    assertThat(s.logOdds()).isCloseTo(-0.3, within(1e-9));
  }

  @Test
  void manyFalseMatchesAreCappedBelowAConfidentVerdictOnTheirOwn() {
    ClaimFactChecks c = statement(ClaimFactChecks.Role.CLAIM, Rating.FALSE, 1.0);
    Signal s =
        weights
            .signal(
                FactCheckReport.loaded(
                    "idx",
                    List.of(statement(ClaimFactChecks.Role.HEADLINE, Rating.FALSE, 1.0), c, c, c)))
            .orElseThrow();

    assertThat(s.logOdds()).isEqualTo(1.5);
    assertThat(s.rule()).contains("sum +2.50 capped at +/-1.5");
  }
}
