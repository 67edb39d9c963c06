package dev.veracity.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real lists under {@code veracity.datasets}; skipped, visibly, when they are absent. */
class PublicListsTest {

  private static SuffixWalkSourceRatings ratings;

  @BeforeAll
  static void load() throws IOException {
    String datasets = System.getProperty("veracity.datasets", "");
    Path dir = Path.of(datasets.isEmpty() ? "../shared/datasets" : datasets);
    assumeTrue(
        Files.isDirectory(dir.resolve("opensources"))
            && Files.isDirectory(dir.resolve("mbfc-baly")),
        "public source lists not found under " + dir.toAbsolutePath() + "; skipping");
    ratings = SuffixWalkSourceRatings.load(dir, dir.resolve("no-overrides-here"));
  }

  private static SourceList list(String name) {
    return ratings.lists().stream()
        .filter(l -> l.snapshot().name().startsWith(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void yourNewsWireIsRatedByOpenSourcesOnly() throws NotADomainException {
    SourceVerdict v = ratings.rate("https://www.yournewswire.com/x");
    System.out.println("yournewswire.com: " + v);

    assertThat(v.category()).contains(SourceCategory.CONSPIRACY_PSEUDOSCIENCE);
    assertThat(v.ratings()).hasSize(1);
    SourceRating r = v.ratings().get(0);
    assertThat(r.snapshot().name()).isEqualTo("opensources/v2.1.0");
    assertThat(r.snapshot().date()).isEqualTo("2017-04-28");
    assertThat(r.originalLabels()).containsExactly("clickbait", "junksci");
    assertThat(r.location()).isEqualTo("sources.csv:169");
  }

  @Test
  void breitbartIsRatedByAllThreeWithTheNewestListAsBasis() throws NotADomainException {
    SourceVerdict v = ratings.rate("breitbart.com");

    assertThat(
            v.ratings().stream().map(r -> r.snapshot().name() + "=" + r.category().id()).toList())
        .containsExactly(
            "mbfc-baly/acl2020=unreliable",
            "mbfc-baly/emnlp18=mixed",
            "opensources/v2.1.0=unreliable");
    assertThat(v.bias()).contains(Bias.RIGHT);
    assertThat(v.factuality()).contains(Factuality.LOW);
    assertThat(v.listsDisagree()).isTrue();
  }

  @Test
  void rtIsStateMediaInOpenSourcesAndAnRtNewsSectionInMbfc() throws NotADomainException {
    SourceVerdict v = ratings.rate("https://www.rt.com/");

    assertThat(v.category()).contains(SourceCategory.STATE_MEDIA);
    assertThat(v.sectionOnly().stream().map(SourceRating::siteKey)).containsExactly("rt.com/news");
  }

  @Test
  void openSourcesCountsAreAsObserved() {
    SourceList os = list("opensources");
    System.out.println("opensources: " + os.countsByCategory() + " skipped " + os.skipped());

    assertThat(os.snapshot().entries()).isEqualTo(823);
    assertThat(os.skipped()).hasSize(10);
    assertThat(os.countsByCategory())
        .isEqualTo(
            Map.of(
                SourceCategory.RELIABLE, 9,
                SourceCategory.MIXED, 129,
                SourceCategory.UNRELIABLE, 356,
                SourceCategory.SATIRE, 98,
                SourceCategory.STATE_MEDIA, 1,
                SourceCategory.CONSPIRACY_PSEUDOSCIENCE, 230));
  }

  @Test
  void mbfcCountsMatchTheManifest() {
    SourceList acl = list("mbfc-baly/acl2020");
    SourceList emnlp = list("mbfc-baly/emnlp18");
    System.out.println("acl2020: " + acl.countsByCategory() + " skipped " + acl.skipped());
    System.out.println("emnlp18: " + emnlp.countsByCategory() + " skipped " + emnlp.skipped());

    assertThat(acl.countsByCategory().get(SourceCategory.RELIABLE)).isEqualTo(452);
    assertThat(emnlp.countsByCategory().get(SourceCategory.RELIABLE)).isEqualTo(542);
    assertThat(acl.snapshot().entries() + acl.skipped().size()).isEqualTo(859);
    assertThat(emnlp.snapshot().entries() + emnlp.skipped().size()).isEqualTo(1066);
  }
}
