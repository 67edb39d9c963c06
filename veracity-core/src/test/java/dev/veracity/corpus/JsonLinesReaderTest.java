package dev.veracity.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {

  private final JsonLinesReader reader =
      new JsonLinesReader(
          "posts", JsonLinesReader.parseLabelMap("fake=unreliable, real=reliable"), "group");

  @Test
  void mapsLabelsKeepsTheOriginalAndDefaultsTheGroupToTheId() throws IOException {
    ReadResult result = reader.read(Fixtures.corpus("jsonl/posts.jsonl"));

    assertThat(result.documents())
        .containsExactly(
            new LabelledDocument(
                "posts",
                "a1",
                Optional.of("Miracle cure"),
                "Doctors hate it.",
                Optional.of(Reliability.UNRELIABLE),
                "fake",
                "site-a"),
            new LabelledDocument(
                "posts",
                "a2",
                Optional.empty(),
                "The ministry published figures.",
                Optional.of(Reliability.RELIABLE),
                "real",
                "id:a2"),
            new LabelledDocument(
                "posts",
                "a4",
                Optional.empty(),
                "Label the map leaves out.",
                Optional.empty(),
                "satire",
                "site-b"));
  }

  @Test
  void skipsBrokenLinesWithReasons() throws IOException {
    ReadResult result = reader.read(Fixtures.corpus("jsonl/posts.jsonl"));

    assertThat(result.skipped())
        .extracting(Skip::location)
        .containsExactly("posts.jsonl:3", "posts.jsonl:5");
    assertThat(result.skipped().get(1).reason()).isEqualTo("no text and no title");
  }

  @Test
  void parsesALabelMapSpecification() {
    assertThat(JsonLinesReader.parseLabelMap("Fake=unreliable,real=RELIABLE"))
        .isEqualTo(
            new LabelMap(Map.of("fake", Reliability.UNRELIABLE, "real", Reliability.RELIABLE)));
  }

  @Test
  void rejectsALabelMapEntryWithAnUnknownClass() {
    assertThatThrownBy(() -> JsonLinesReader.parseLabelMap("fake=bogus"))
        .hasMessage("label map classes must be reliable or unreliable, got 'bogus'");
  }
}
