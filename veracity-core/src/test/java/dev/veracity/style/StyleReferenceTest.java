package dev.veracity.style;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.veracity.report.Component;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StyleReferenceTest {

  @Test
  void parsesRangesAndDescriptionAndDigestsTheBytes() throws IOException {
    byte[] json =
        ("{\"description\": \"test snapshot\", \"cues\": {\"caps_share\":"
                + " {\"low\": 0, \"median\": 0.001, \"high\": 0.01, \"documents\": 40}}}")
            .getBytes(StandardCharsets.UTF_8);

    StyleReference reference = StyleReference.parse(json);

    assertThat(reference.range("caps_share")).contains(new ReferenceRange(0, 0.001, 0.01, 40));
    assertThat(reference.range("hedging")).isEmpty();
    assertThat(reference.description()).isEqualTo("test snapshot");
    assertThat(reference.sha256()).contains(Lexicon.sha256(json));
  }

  @Test
  void aCueWithoutNumericBoundsIsRejected() {
    byte[] json = "{\"cues\": {\"caps_share\": {\"low\": \"x\"}}}".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> StyleReference.parse(json))
        .isInstanceOf(IOException.class)
        .hasMessage("cue caps_share lacks a numeric \"low\"");
  }

  @Test
  void aFileWithoutCuesIsRejected() {
    assertThatThrownBy(() -> StyleReference.parse("{}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IOException.class)
        .hasMessage("style reference has no \"cues\" object");
  }

  @Test
  void theSnapshotCitesItselfAsAReportComponent() throws IOException {
    byte[] json = "{\"description\": \"snap\", \"cues\": {}}".getBytes(StandardCharsets.UTF_8);

    StyleReference reference = StyleReference.parse(json);

    assertThat(reference.component())
        .isEqualTo(new Component("style-reference", "snap", "sha256:" + Lexicon.sha256(json)));
    assertThat(StyleReference.none().component().version()).isEqualTo("unversioned");
  }
}
