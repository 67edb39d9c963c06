package dev.veracity.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FakeNewsNetReaderTest {

  private final FakeNewsNetReader reader = new FakeNewsNetReader();

  @Test
  void readsHeadlinesWithLabelsFromTheFileNameAndHostsAsGroups() throws IOException {
    ReadResult result = reader.read(Fixtures.corpus("fakenewsnet"));

    assertThat(result.documents())
        .extracting(
            LabelledDocument::id,
            LabelledDocument::title,
            LabelledDocument::label,
            LabelledDocument::originalLabel,
            LabelledDocument::group)
        .containsExactly(
            tuple(
                "politifact1",
                Optional.of("BREAKING: Pope endorses candidate, sources say"),
                Optional.of(Reliability.UNRELIABLE),
                "politifact_fake",
                "hoax-site.example"),
            tuple(
                "politifact4",
                Optional.of("Story without a URL"),
                Optional.of(Reliability.UNRELIABLE),
                "politifact_fake",
                "(no url)"),
            tuple(
                "politifact9",
                Optional.of("Senate passes budget"),
                Optional.of(Reliability.RELIABLE),
                "politifact_real",
                "reliable.example"));
    assertThat(result.documents()).extracting(LabelledDocument::text).containsOnly("");
  }

  @Test
  void skipsATruncatedRowAndARowWithoutATitleWithReasons() throws IOException {
    ReadResult result = reader.read(Fixtures.corpus("fakenewsnet"));

    assertThat(result.skipped())
        .containsExactly(
            new Skip("politifact_fake.csv:3", "expected 4 columns, got 3"),
            new Skip("politifact_fake.csv:4", "empty title"));
  }

  @Test
  void readsOnlyFilesNamedSourceUnderscoreLabel() throws IOException {
    ReadResult result = reader.read(Fixtures.corpus("fakenewsnet"));

    assertThat(result.sourceFiles())
        .extracting(p -> p.getFileName().toString())
        .containsExactly("politifact_fake.csv", "politifact_real.csv");
  }

  @Test
  void hostDropsSchemeWwwPathAndPort() {
    assertThat(FakeNewsNetReader.host("https://WWW.Example.com:8080/a/b?c"))
        .isEqualTo("example.com");
    assertThat(FakeNewsNetReader.host("speedtalk.com/forum/viewtopic.php?t=51650"))
        .isEqualTo("speedtalk.com");
    assertThat(FakeNewsNetReader.host("  ")).isEqualTo("(no url)");
  }
}
