package dev.veracity.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veracity.corpus.Skip;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenSourcesReaderTest {

  private static SourceList list;
  private static Map<String, SourceRating> bySite;

  @BeforeAll
  static void read() throws IOException {
    list = new OpenSourcesReader().read(Fixtures.folder("opensources"));
    bySite =
        list.ratings().stream()
            .collect(Collectors.toMap(SourceRating::siteKey, Function.identity()));
  }

  @Test
  void everyUsableSiteIsReadOnce() {
    assertThat(list.ratings().stream().map(SourceRating::siteKey))
        .containsExactly(
            "yourhoaxdesk.com",
            "fakesite.com",
            "satiresite.co.uk",
            "jokesweekly.com/humor",
            "statetvnet.com",
            "us.pagesblastnews.com",
            "partisan.org",
            "spaced-name.com");
  }

  @Test
  void strongestLabelDecidesTheCategory() {
    SourceRating r = bySite.get("yourhoaxdesk.com");

    assertThat(r.category()).isEqualTo(SourceCategory.CONSPIRACY_PSEUDOSCIENCE);
    assertThat(r.originalLabels()).containsExactly("clickbait", "junksci");
    assertThat(r.bias()).isEmpty();
    assertThat(r.location()).isEqualTo("sources.csv:2");
  }

  @Test
  void duplicateRowsAreMergedWithSpellingVariantsNormalised() {
    SourceRating r = bySite.get("fakesite.com");

    assertThat(r.category()).isEqualTo(SourceCategory.UNRELIABLE);
    assertThat(r.originalLabels()).containsExactly("Fake News ", "bias", "unrealiable");
    assertThat(r.bias()).contains(Bias.HYPERPARTISAN);
    assertThat(r.reason()).contains("made-up quotes, see snopes | second row");
  }

  @Test
  void satiricalIsSatireAndBiasIsKeptApart() {
    SourceRating r = bySite.get("satiresite.co.uk");

    assertThat(r.category()).isEqualTo(SourceCategory.SATIRE);
    assertThat(r.bias()).contains(Bias.HYPERPARTISAN);
  }

  @Test
  void pathInTheDomainColumnRatesASection() {
    SourceRating r = bySite.get("jokesweekly.com/humor");

    assertThat(r.site()).isEqualTo("jokesweekly.com");
    assertThat(r.section()).contains("/humor");
  }

  @Test
  void wwwIsDroppedFromTheEntry() {
    assertThat(bySite.get("statetvnet.com").category()).isEqualTo(SourceCategory.STATE_MEDIA);
  }

  @Test
  void reliableWinsOverPoliticalWhichIsPartisanBias() {
    SourceRating r = bySite.get("partisan.org");

    assertThat(r.category()).isEqualTo(SourceCategory.RELIABLE);
    assertThat(r.bias()).contains(Bias.PARTISAN);
  }

  @Test
  void whitespaceInsideADomainIsRepaired() {
    assertThat(bySite.get("spaced-name.com").category())
        .isEqualTo(SourceCategory.CONSPIRACY_PSEUDOSCIENCE);
  }

  @Test
  void ipAddressDuplicateAndUnknownLabelRowsAreSkippedWithReasons() {
    assertThat(list.skipped())
        .containsExactly(
            new Skip("sources.csv:4", "duplicate of sources.csv:3 (fakesite.com): labels merged"),
            new Skip("sources.csv:10", "'203.0.113.7': not a domain: an IP address"),
            new Skip("sources.csv:12", "no known type among [blog]"));
  }

  @Test
  void snapshotRecordsVersionDigestAndCounts() {
    ListSnapshot s = list.snapshot();

    assertThat(s.list()).isEqualTo("opensources");
    assertThat(s.version()).isEqualTo("v9.9.9");
    assertThat(s.date()).isEqualTo("unknown");
    assertThat(s.sha256().keySet()).containsExactly("sources.csv");
    assertThat(s.entries()).isEqualTo(8);
    assertThat(s.skipped()).isEqualTo(3);
    assertThat(bySite.get("statetvnet.com").snapshot()).isEqualTo(s);
  }

  @Test
  void labelsNormaliseCaseSpacingAndMisspellings() {
    assertThat(
            List.of("Conspiracy", " fake ", "fake news", "unrealiable", "satirical", "Political")
                .stream()
                .map(OpenSourcesReader::normalise))
        .containsExactly("conspiracy", "fake", "fake", "unreliable", "satire", "political");
  }

  @Test
  void countsByCategoryIncludeZeros() {
    assertThat(list.countsByCategory())
        .containsExactly(
            Map.entry(SourceCategory.RELIABLE, 1),
            Map.entry(SourceCategory.MIXED, 0),
            Map.entry(SourceCategory.UNRELIABLE, 2),
            Map.entry(SourceCategory.SATIRE, 2),
            Map.entry(SourceCategory.STATE_MEDIA, 1),
            Map.entry(SourceCategory.CONSPIRACY_PSEUDOSCIENCE, 2));
    assertThat(Optional.ofNullable(bySite.get("onlyblog.net"))).isEmpty();
  }
}
