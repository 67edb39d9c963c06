package dev.veracity.html.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShingleMetricTest {

  @Test
  void tokensAreUnicodeWordRunsWithCaseKept() {
    assertThat(ShingleMetric.tokens("Don't stop-me, Café 42_x!"))
        .containsExactly("Don", "t", "stop", "me", "Café", "42_x");
  }

  @Test
  void shinglesAreOverlappingRunsOfFourTokens() {
    assertThat(ShingleMetric.shingles("a b c d e a b c d"))
        .isEqualTo(
            Map.of(
                List.of("a", "b", "c", "d"), 2,
                List.of("b", "c", "d", "e"), 1,
                List.of("c", "d", "e", "a"), 1,
                List.of("d", "e", "a", "b"), 1,
                List.of("e", "a", "b", "c"), 1));
  }

  @Test
  void aTextOfFewerThanFourTokensIsOneShingle() {
    assertThat(ShingleMetric.shingles("Hello, world"))
        .isEqualTo(Map.of(List.of("Hello", "world"), 1));
  }

  @Test
  void aMissingShingleCountsAsFalseNegativeNormalisedBySum() {
    // truth shingles {abcd, bcde}, prediction {abcd}: tp 1, fp 0, fn 1, sum 2.
    PageScore score = ShingleMetric.score("a b c d e", "a b c d");

    assertThat(score).isEqualTo(new PageScore(0.5, 0.0, 0.5, false));
    assertThat(score.precision()).isEqualTo(1.0);
    assertThat(score.recall()).isEqualTo(0.5);
  }

  @Test
  void repeatedShinglesAreComparedAsMultisets() {
    // truth {abcd: 2, bcda: 1, cdab: 1, dabc: 1} vs prediction {abcd: 1}: tp 1, fn 4.
    PageScore score = ShingleMetric.score("a b c d a b c d", "a b c d");

    assertThat(score.tp()).isCloseTo(0.2, within(1e-12));
    assertThat(score.fn()).isCloseTo(0.8, within(1e-12));
  }

  @Test
  void anExtraShingleCountsAsFalsePositive() {
    // truth {abcd}, prediction {abcd, bcdx}: tp 1, fp 1.
    PageScore score = ShingleMetric.score("a b c d", "a b c d x");

    assertThat(score.precision()).isEqualTo(0.5);
    assertThat(score.recall()).isEqualTo(1.0);
  }

  @Test
  void identicalTokenListsAreExactWhateverThePunctuation() {
    assertThat(ShingleMetric.score("One, two; three.", "One two\n\nthree").exact()).isTrue();
  }

  @Test
  void aggregateAveragesOnlyOverPagesWhereEachMeasureIsDefined() {
    PageScore half = ShingleMetric.score("a b c d e", "a b c d"); // P 1, R 0.5
    PageScore bothEmpty = ShingleMetric.score("", ""); // excluded from both means
    PageScore missed = ShingleMetric.score("a b c d", ""); // no P, R 0

    ExtractionScore score = ShingleMetric.aggregate(List.of(half, bothEmpty, missed));

    assertThat(score.precision()).isEqualTo(1.0);
    assertThat(score.recall()).isEqualTo(0.25);
    assertThat(score.f1()).isCloseTo(0.4, within(1e-12));
    assertThat(score.accuracy()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(score.pages()).isEqualTo(3);
  }

  @Test
  void aPerfectPageScoresOneOnBoth() {
    ExtractionScore score = ShingleMetric.aggregate(List.of(ShingleMetric.score("x y", "x y")));

    assertThat(score.f1()).isEqualTo(1.0);
    assertThat(score.accuracy()).isEqualTo(1.0);
  }
}
