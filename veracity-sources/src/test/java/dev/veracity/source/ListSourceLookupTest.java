package dev.veracity.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veracity.article.Article;
import dev.veracity.signal.SourceSignal;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The core's source role served by the fixture lists. */
class ListSourceLookupTest {

  private static ListSourceLookup lookup;

  @BeforeAll
  static void load() throws IOException {
    Path root = Fixtures.folder("opensources").getParent();
    lookup = new ListSourceLookup(SuffixWalkSourceRatings.load(root, root.resolve("overrides")));
  }

  @Test
  void articleUrlIsRatedByItsRegistrableDomain() {
    Article article =
        Article.ofText("Text").withUrl(URI.create("https://m.yourhoaxdesk.com/story"));

    SourceSignal signal = lookup.rate(article).orElseThrow();

    assertThat(signal.domain()).isEqualTo("yourhoaxdesk.com");
    assertThat(signal.category()).contains("conspiracy_pseudoscience");
    assertThat(signal.ratings()).hasSize(1);
    assertThat(signal.ratings().get(0).list()).isEqualTo("opensources");
    assertThat(signal.ratings().get(0).originalLabels()).containsExactly("clickbait", "junksci");
  }

  @Test
  void unratedSiteHasNoCategoryAndSaysSo() {
    SourceSignal signal =
        lookup
            .rate(Article.ofText("Text").withUrl(URI.create("https://example.org/a")))
            .orElseThrow();

    assertThat(signal.category()).isEmpty();
    assertThat(signal.ratings()).isEmpty();
    assertThat(signal.note()).startsWith("not rated by any loaded list");
  }

  @Test
  void articleWithoutDomainOrUrlIsNotLookedUp() {
    assertThat(lookup.rate(Article.ofText("Text"))).isEmpty();
  }

  @Test
  void ipAddressNamesNoSite() {
    assertThat(lookup.rate(Article.ofText("Text").withUrl(URI.create("http://93.184.216.34/a"))))
        .isEmpty();
  }
}
