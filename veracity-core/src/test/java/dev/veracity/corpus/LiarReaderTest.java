package dev.veracity.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LiarReaderTest {

  private final LiarReader reader = new LiarReader();

  @Test
  void readsStatementsWithBinaryLabelsAndTheSpeakerAsGroup() throws IOException {
    ReadResult result = reader.read(Fixtures.corpus("liar"));

    assertThat(result.documents())
        .containsExactly(
            new LabelledDocument(
                "liar",
                "train/9001.json",
                Optional.empty(),
                "Says the city council doubled parking fines on weekends.",
                Optional.of(Reliability.UNRELIABLE),
                "false",
                "speaker:jane-doe"),
            new LabelledDocument(
                "liar",
                "train/9002.json",
                Optional.empty(),
                "The state budget grew by 4 percent last year.",
                Optional.of(Reliability.RELIABLE),
                "mostly-true",
                "speaker:john-roe"));
  }

  @Test
  void skipsARowWithTheWrongNumberOfFields() throws IOException {
    ReadResult result = reader.read(Fixtures.corpus("liar"));

    assertThat(result.skipped())
        .containsExactly(new Skip("train.tsv:2", "expected 14 fields, got 4"));
  }

  @Test
  void barelyTrueIsUnreliableAndHalfTrueReliable() {
    assertThat(reader.labels().apply("barely-true")).contains(Reliability.UNRELIABLE);
    assertThat(reader.labels().apply("half-true")).contains(Reliability.RELIABLE);
  }

  @Test
  void rejectsAnUnknownSplit() {
    assertThatThrownBy(() -> new LiarReader(reader.labels(), List.of("dev")))
        .hasMessage("splits must be among [train, valid, test], got dev");
  }
}
