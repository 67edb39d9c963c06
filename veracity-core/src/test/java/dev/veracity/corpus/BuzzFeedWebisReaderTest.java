package dev.veracity.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuzzFeedWebisReaderTest {

  private final BuzzFeedWebisReader reader = new BuzzFeedWebisReader();

  @Test
  void readsTitleParagraphsLabelAndPortal() throws IOException {
    ReadResult result = reader.read(Fixtures.corpus("buzzfeed-webis-2016"));

    assertThat(result.documents().get(0))
        .isEqualTo(
            new LabelledDocument(
                "buzzfeed-webis-2016",
                "0000",
                Optional.of("Senate passes budget"),
                "The Senate passed the budget.\n\n\"It is done,\" the leader said.",
                Optional.of(Reliability.RELIABLE),
                "mostly true",
                "abc"));
  }

  @Test
  void mapsMostlyFalseToUnreliableAndLeavesNoFactualContentUnmapped() throws IOException {
    ReadResult result = reader.read(Fixtures.corpus("buzzfeed-webis-2016"));

    assertThat(result.documents())
        .extracting(LabelledDocument::id, LabelledDocument::label)
        .containsExactly(
            tuple("0000", Optional.of(Reliability.RELIABLE)),
            tuple("0001", Optional.of(Reliability.UNRELIABLE)),
            tuple("0004", Optional.empty()));
  }

  @Test
  void skipsAnEmptyArticleAndABrokenFileWithReasons() throws IOException {
    ReadResult result = reader.read(Fixtures.corpus("buzzfeed-webis-2016"));

    assertThat(result.skipped()).hasSize(2);
    assertThat(result.skipped().get(0))
        .isEqualTo(new Skip("articles/0002.xml", "empty <mainText>"));
    assertThat(result.skipped().get(1).location()).isEqualTo("articles/0003.xml");
    assertThat(result.skipped().get(1).reason()).startsWith("not well-formed XML: ");
    assertThat(result.sourceFiles()).hasSize(5);
  }

  @Test
  void aFolderWithoutArticlesIsAnError(@TempDir Path empty) {
    assertThatThrownBy(() -> reader.read(empty))
        .isInstanceOf(IOException.class)
        .hasMessage("no articles/ folder in " + empty);
  }
}
