package dev.veracity.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConstraintReaderTest {

  private final ConstraintReader reader = new ConstraintReader();

  @Test
  void readsQuotedMultiLinePostsAndMapsRealAndFake() throws IOException {
    ReadResult result = reader.read(Fixtures.corpus("constraint-covid19"));

    assertThat(result.documents())
        .containsExactly(
            new LabelledDocument(
                "constraint-covid19",
                "train/1",
                Optional.empty(),
                "Cure found, says \"expert\":\nhot water kills the virus",
                Optional.of(Reliability.UNRELIABLE),
                "fake",
                "post:train/1"),
            new LabelledDocument(
                "constraint-covid19",
                "train/2",
                Optional.empty(),
                "The county reported 212 new cases",
                Optional.of(Reliability.RELIABLE),
                "real",
                "post:train/2"));
  }

  @Test
  void skipsARowWithoutALabelNamingItsLine() throws IOException {
    ReadResult result = reader.read(Fixtures.corpus("constraint-covid19"));

    assertThat(result.skipped())
        .containsExactly(
            new Skip("Constraint_Train.csv:5", "expected 3 fields id,tweet,label, got 2"));
  }
}
