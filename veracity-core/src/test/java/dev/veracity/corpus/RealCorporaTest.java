package dev.veracity.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the staged public corpora and checks the document counts observed on 2026-11-25. */
class RealCorporaTest {

  private static Path datasets;

  @BeforeAll
  static void locateDatasets() {
    String property = System.getProperty("veracity.datasets", "");
    datasets = Path.of(property.isEmpty() ? "../shared/datasets" : property);
    assumeTrue(
        Files.isDirectory(datasets),
        "SKIPPED: public corpora not found at "
            + datasets.toAbsolutePath()
            + " (set -Dveracity.datasets=DIR)");
  }

  private static ReadResult read(CorpusReader reader) throws IOException {
    Path folder = datasets.resolve(reader.name());
    assumeTrue(Files.isDirectory(folder), "SKIPPED: corpus not staged at " + folder);
    return reader.read(folder);
  }

  @Test
  void buzzFeedWebisHas1604ArticlesWithText() throws IOException {
    ReadResult result = read(new BuzzFeedWebisReader());

    assertThat(result.countsByOriginalLabel())
        .isEqualTo(
            Map.of(
                "mostly true", 1249,
                "mixture of true and false", 209,
                "mostly false", 82,
                "no factual content", 64));
    assertThat(result.skipped()).hasSize(23).allMatch(s -> s.reason().equals("empty <mainText>"));
    assertThat(result.labelled(Reliability.RELIABLE)).hasSize(1249);
    assertThat(result.labelled(Reliability.UNRELIABLE)).hasSize(291);
    assertThat(result.documents().stream().map(LabelledDocument::group).distinct()).hasSize(9);
  }

  @Test
  void fakeNewsNetHas432PolitiFactFakeHeadlines() throws IOException {
    ReadResult result = read(new FakeNewsNetReader());

    assertThat(result.countsByOriginalLabel()).isEqualTo(Map.of("politifact_fake", 432));
    assertThat(result.labelled(Reliability.UNRELIABLE)).hasSize(432);
    assertThat(result.skipped()).isEmpty();
  }

  @Test
  void horne2017Has326Articles() throws IOException {
    ReadResult result = read(new Horne2017Reader());

    assertThat(result.countsByOriginalLabel())
        .isEqualTo(Map.of("Fake", 123, "Real", 128, "Satire", 75));
    assertThat(result.labelled(Reliability.RELIABLE)).hasSize(128);
    assertThat(result.labelled(Reliability.UNRELIABLE)).hasSize(123);
    assertThat(result.skipped()).isEmpty();
  }

  @Test
  void fakeNewsAmtHas240FakeAnd240LegitArticles() throws IOException {
    ReadResult result = read(new FakeNewsAmtReader());

    assertThat(result.countsByOriginalLabel()).isEqualTo(Map.of("fake", 240, "legit", 240));
    assertThat(result.documents().stream().map(LabelledDocument::group).distinct()).hasSize(240);
    assertThat(result.skipped()).isEmpty();
  }
}
