package dev.veracity.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fixture lists loaded together, overrides included. */
class SuffixWalkSourceRatingsTest {

  private static SuffixWalkSourceRatings ratings;

  @BeforeAll
  static void load() throws IOException {
    Path root = Fixtures.folder("opensources").getParent();
    ratings = SuffixWalkSourceRatings.load(root, root.resolve("overrides"));
  }

  private static SourceVerdict rate(String input) throws NotADomainException {
    return ratings.rate(input);
  }

  private static String lists(SourceVerdict v) {
    return String.join(
        ",", v.ratings().stream().map(r -> r.snapshot().name() + "=" + r.category().id()).toList());
  }

  @Test
  void listsLoadInOrderOverridesFirst() {
    assertThat(ratings.lists().stream().map(l -> l.snapshot().name()))
        .containsExactly(
            "overrides/sha256:"
                + ratings.lists().get(0).snapshot().sha256().get("overrides.csv").substring(0, 12),
            "opensources/v9.9.9",
            "mbfc-baly/acl2020",
            "mbfc-baly/emnlp18");
  }

  @Test
  void subdomainUrlFindsTheRegistrableDomainEntry() throws NotADomainException {
    SourceVerdict v = rate("https://m.yourhoaxdesk.com/some/story");

    assertThat(v.category()).contains(SourceCategory.CONSPIRACY_PSEUDOSCIENCE);
    assertThat(lists(v)).isEqualTo("opensources/v9.9.9=conspiracy_pseudoscience");
    assertThat(v.listsDisagree()).isFalse();
  }

  @Test
  void overrideWinsOverEveryListAndReplacesBiasAndFactuality() throws NotADomainException {
    SourceVerdict v = rate("www.fakesite.com");

    assertThat(v.category()).contains(SourceCategory.RELIABLE);
    assertThat(v.bias()).contains(Bias.CENTER);
    assertThat(v.factuality()).isEmpty();
    assertThat(v.basis().get().author()).contains("desk@example.org");
    assertThat(v.basis().get().ratedOn()).contains("2024-03-01");
    assertThat(lists(v))
        .endsWith("=reliable,mbfc-baly/emnlp18=unreliable,opensources/v9.9.9=unreliable");
    assertThat(v.listsDisagree()).isTrue();
  }

  @Test
  void newerListIsTheBasisWhenListsDisagree() throws NotADomainException {
    SourceVerdict v = rate("example-news.com");

    assertThat(v.category()).contains(SourceCategory.MIXED);
    assertThat(v.bias()).contains(Bias.LEFT);
    assertThat(v.factuality()).contains(Factuality.MIXED);
    assertThat(lists(v)).isEqualTo("mbfc-baly/acl2020=mixed,mbfc-baly/emnlp18=reliable");
    assertThat(v.listsDisagree()).isTrue();
  }

  @Test
  void longestMatchingSectionIsTheBasis() throws NotADomainException {
    SourceVerdict v = rate("https://www.jokesweekly.com/humor/spoof-desk/2017/x");

    assertThat(lists(v)).isEqualTo("mbfc-baly/emnlp18=unreliable,opensources/v9.9.9=satire");
  }

  @Test
  void sectionRatingIsShownButNotAppliedToTheWholeSite() throws NotADomainException {
    SourceVerdict v = rate("jokesweekly.com");

    assertThat(v.category()).contains(SourceCategory.RELIABLE);
    assertThat(lists(v)).isEqualTo("mbfc-baly/emnlp18=reliable");
    assertThat(v.sectionOnly().stream().map(SourceRating::siteKey))
        .containsExactly("jokesweekly.com/humor");
  }

  @Test
  void overrideForASectionAppliesInsideIt() throws NotADomainException {
    assertThat(rate("https://satiresite.co.uk/news/story").category())
        .contains(SourceCategory.MIXED);
  }

  @Test
  void overrideForASectionLeavesTheRestOfTheSiteToTheLists() throws NotADomainException {
    SourceVerdict v = rate("satiresite.co.uk");

    assertThat(v.category()).contains(SourceCategory.SATIRE);
    assertThat(v.sectionOnly().stream().map(SourceRating::siteKey))
        .containsExactly("satiresite.co.uk/news");
  }

  @Test
  void subdomainEntryDoesNotRateItsParent() throws NotADomainException {
    assertThat(rate("us.pagesblastnews.com/x").category()).contains(SourceCategory.UNRELIABLE);
    assertThat(rate("pagesblastnews.com").rated()).isFalse();
  }

  @Test
  void unknownSiteIsNotRatedRatherThanReliable() throws NotADomainException {
    SourceVerdict v = rate("unknown-site.org");

    assertThat(v.rated()).isFalse();
    assertThat(v.category()).isEmpty();
    assertThat(v.ratings()).isEmpty();
    assertThat(v.sectionOnly()).isEmpty();
  }

  @Test
  void componentsNameEveryListWithDateAndDigest() {
    assertThat(ratings.components().get(1).role()).isEqualTo("source-ratings");
    assertThat(ratings.components().get(1).name()).isEqualTo("opensources/v9.9.9");
    assertThat(ratings.components().get(1).version()).startsWith("unknown sha256:").hasSize(79);
  }
}
