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
                "train/2635.json",
                Optional.empty(),
                "Says the Annies List political group supports third-trimester abortions on"
                    + " demand.",
                Optional.of(Reliability.UNRELIABLE),
                "false",
                "speaker:dwayne-bohac"),
            new LabelledDocument(
                "liar",
                "train/324.json",
                Optional.empty(),
                "Hillary Clinton agrees with John McCain.",
                Optional.of(Reliability.RELIABLE),
                "mostly-true",
                "speaker:barack-obama"));
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
