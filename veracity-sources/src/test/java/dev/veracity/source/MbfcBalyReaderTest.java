package dev.veracity.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.veracity.corpus.Skip;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MbfcBalyReaderTest {

  private static SourceList emnlp;

  @BeforeAll
  static void read() throws IOException {
    emnlp = new MbfcBalyReader(MbfcBalyReader.EMNLP18).read(Fixtures.folder("mbfc-baly"));
  }

  @Test
  void factualityMapsToCategoryAndBiasIsKept() {
    SourceRating r = emnlp.ratings().get(0);

    assertThat(r.siteKey()).isEqualTo("example-news.com");
    assertThat(r.category()).isEqualTo(SourceCategory.RELIABLE);
    assertThat(r.factuality()).contains(Factuality.HIGH);
    assertThat(r.bias()).contains(Bias.LEFT_CENTER);
    assertThat(r.reason()).contains("MBFC page: http://mediabiasfactcheck.com/example-news/");
    assertThat(r.originalLabels()).containsExactly("fact=high", "bias=left-center");
    assertThat(r.location()).isEqualTo("emnlp18/corpus.tsv:2");
  }

  @Test
  void rowWhoseMediumIdHasAPathRatesOnlyThatSection() {
    SourceRating r = emnlp.ratings().get(1);

    assertThat(r.siteKey()).isEqualTo("jokesweekly.com/humor/spoof-desk");
    assertThat(r.category()).isEqualTo(SourceCategory.UNRELIABLE);
  }

  @Test
  void rowWhoseMediumIdIsTheHostRatesTheWholeSiteDespiteAPath() {
    SourceRating r = emnlp.ratings().get(3);

    assertThat(r.siteKey()).isEqualTo("fakesite.com");
    assertThat(r.bias()).contains(Bias.EXTREME_RIGHT);
  }

  @Test
  void duplicateAndIpRowsAreSkipped() {
    assertThat(emnlp.ratings()).hasSize(4);
    assertThat(emnlp.skipped())
        .containsExactly(
            new Skip(
                "emnlp18/corpus.tsv:6", "duplicate of emnlp18/corpus.tsv:2 (example-news.com)"),
            new Skip("emnlp18/corpus.tsv:7", "'http://10.0.0.1/': not a domain: an IP address"));
  }

  @Test
  void versionAndDateComeFromTheVersionRead() throws IOException {
    ListSnapshot s =
        new MbfcBalyReader(MbfcBalyReader.ACL2020).read(Fixtures.folder("mbfc-baly")).snapshot();

    assertThat(s.name()).isEqualTo("mbfc-baly/acl2020");
    assertThat(s.date()).isEqualTo("2020");
    assertThat(s.entries()).isEqualTo(1);
    assertThat(s.sha256().keySet()).containsExactly("acl2020/corpus.tsv");
  }

  @Test
  void unknownVersionIsRefused() {
    assertThatThrownBy(() -> new MbfcBalyReader("2019"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("version must be emnlp18 or acl2020, got '2019'");
  }
}
