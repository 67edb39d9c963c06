package dev.veracity.factcheck;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FactCheckTest {

  static FactCheck sample() {
    return new FactCheck(
        "https://example.org/review/1",
        "The moon is made of cheese.",
        Optional.of("A blog"),
        Optional.empty(),
        "Example Checks",
        Optional.of("Is the moon made of cheese?"),
        "Pants on Fire",
        Rating.FALSE,
        Optional.of("https://example.org/review/1"),
        Optional.empty(),
        "en",
        "claimreview");
  }

  @Test
  void blankClaimIsRejected() {
    assertThatThrownBy(
            () ->
                new FactCheck(
                    "id",
                    " ",
                    Optional.empty(),
                    Optional.empty(),
                    "R",
                    Optional.empty(),
                    "",
                    Rating.UNRATED,
                    Optional.empty(),
                    Optional.empty(),
                    "en",
                    "csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("claim must not be blank");
  }

  @Test
  void matchRankBelowOneIsRejected() {
    assertThatThrownBy(
            () -> new FactCheckMatch(sample(), 0, 0.5, Optional.empty(), Set.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rank must be >= 1, got 0");
  }

  @Test
  void reportWithoutIndexCannotListStatements() {
    assertThatThrownBy(
            () ->
                new FactCheckReport(
                    FactCheckReport.Status.NO_INDEX,
                    Optional.empty(),
                    Optional.empty(),
                    List.of(
                        new ClaimFactChecks(
                            ClaimFactChecks.Role.HEADLINE, "x", -1, -1, List.of()))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a report without an index cannot list statements");
  }
}
