package dev.veracity.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FakeNewsAmtReaderTest {

  private final FakeNewsAmtReader reader = new FakeNewsAmtReader();

  @Test
  void theFirstLineIsTheTitleAndTopicPairsShareAGroup() throws IOException {
    ReadResult result = reader.read(Fixtures.corpus("fakenewsamt-celebrity"));

    assertThat(result.documents())
        .containsExactly(
            new LabelledDocument(
                "fakenewsamt-celebrity",
                "fakeNewsDataset/fake/polit01",
                Optional.of("Pence: Obamacare here until Congress is ready"),
                "VP Mike Pence noted that Congress \"just can't get their act together\".",
                Optional.of(Reliability.UNRELIABLE),
                "fake",
                "fakeNewsDataset/polit01"),
            new LabelledDocument(
                "fakenewsamt-celebrity",
                "fakeNewsDataset/legit/polit01",
                Optional.of("Pence: Congress was not ready to repeal Obamacare"),
                "Vice President Mike Pence said Congress \"just wasn't ready\".",
                Optional.of(Reliability.RELIABLE),
                "legit",
                "fakeNewsDataset/polit01"));
  }

  @Test
  void skipsABlankFileWithAReason() throws IOException {
    ReadResult result = reader.read(Fixtures.corpus("fakenewsamt-celebrity"));

    assertThat(result.skipped())
        .containsExactly(new Skip("fakeNewsDataset/legit/polit02.legit.txt", "empty file"));
  }
}
