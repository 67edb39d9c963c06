package dev.veracity.embed.minilm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veracity.embed.SentenceEncoderContract;
import org.junit.jupiter.api.Test;

class MiniLmSentenceEncoderTest extends SentenceEncoderContract {

  private static final MiniLmSentenceEncoder ENCODER = new MiniLmSentenceEncoder();

  MiniLmSentenceEncoderTest() {
    super(ENCODER, 0.3);
  }

  @Test
  void vectorsHave384Components() {
    assertThat(ENCODER.encode("The moon landing was staged.")).hasSize(384);
  }

  @Test
  void encodingIsDeterministic() {
    assertThat(ENCODER.encode("5G towers spread the coronavirus."))
        .containsExactly(ENCODER.encode("5G towers spread the coronavirus."));
  }

  @Test
  void provenanceNamesTheModelAndArtifactVersion() {
    assertThat(ENCODER.provenance()).contains("all-MiniLM-L6-v2").contains("1.19.0-beta29");
  }
}
