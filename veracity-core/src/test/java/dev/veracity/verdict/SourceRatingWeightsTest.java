package dev.veracity.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veracity.signal.ListRating;
import dev.veracity.signal.SourceSignal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceRatingWeightsTest {

  private final SourceRatingWeights weights = SourceRatingWeights.defaults();

  private static SourceSignal rated(String category, boolean disagree) {
    ListRating r =
        new ListRating(
            "opensources",
            "2017-04-28",
            "example.com",
            category,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(category));
    return new SourceSignal(
        "example.com",
        Optional.of(category),
        Optional.empty(),
        Optional.empty(),
        disagree,
        List.of(r),
        "note");
  }

  @Test
  void aConspiracySiteAddsTwoLogOdds() {
    Signal s = weights.signal(rated("conspiracy_pseudoscience", false));

    assertThat(s.logOdds()).isEqualTo(2.0);
    assertThat(s.finding())
        .isEqualTo("example.com is rated conspiracy_pseudoscience (opensources)");
    assertThat(s.rule()).isEqualTo("conspiracy_pseudoscience adds +2.00 log-odds");
  }

  @Test
  void disagreeingListsHalveTheWeight() {
    assertThat(weights.signal(rated("unreliable", true)).logOdds()).isEqualTo(1.0);
  }

  @Test
  void aReliableSitePullsTowardReliable() {
    assertThat(weights.signal(rated("reliable", false)).logOdds()).isEqualTo(-0.6);
  }

  @Test
  void aSatireSiteSettlesTheLabelAsSatire() {
    assertThat(weights.signal(rated("satire", false)).settles()).contains(VerdictLabel.SATIRE);
  }

  @Test
  void anUnratedSiteAddsNothing() {
    SourceSignal unrated =
        new SourceSignal(
            "example.org",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            false,
            List.of(),
            "note");

    Signal s = weights.signal(unrated);

    assertThat(s.logOdds()).isEqualTo(0.0);
    assertThat(s.finding()).isEqualTo("example.org is not rated by any loaded list");
  }
}
