package dev.veracity.embed.minilm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.veracity.embed.Vectors;
import java.util.List;
import org.junit.jupiter.api.Test;

class MiniLmSentenceEncoderTest {

  private static final MiniLmSentenceEncoder ENCODER = new MiniLmSentenceEncoder();

  @Test
  void vectorsHave384Components() {
    assertThat(ENCODER.encode("The moon landing was staged.")).hasSize(384);
  }

  @Test
  void vectorsHaveUnitLength() {
    float[] v = ENCODER.encode("Vaccines cause autism.");
    assertThat(Vectors.dot(v, v)).isCloseTo(1.0, within(1e-4));
  }

  @Test
  void aParaphraseIsCloserThanAnUnrelatedSentence() {
    float[] claim = ENCODER.encode("Barack Obama was born in Kenya.");
    float[] paraphrase = ENCODER.encode("Obama's birthplace is Kenya, not Hawaii.");
    float[] unrelated = ENCODER.encode("The recipe needs two cups of flour and an egg.");
    assertThat(Vectors.cosine(claim, paraphrase))
        .isGreaterThan(Vectors.cosine(claim, unrelated) + 0.3);
  }

  @Test
  void encodingIsDeterministic() {
    assertThat(ENCODER.encode("5G towers spread the coronavirus."))
        .containsExactly(ENCODER.encode("5G towers spread the coronavirus."));
  }

  @Test
  void encodeAllMatchesEncodeOneByOne() {
    List<float[]> all = ENCODER.encodeAll(List.of("First claim.", "Second claim."));
    assertThat(all).hasSize(2);
    assertThat(Vectors.cosine(all.get(1), ENCODER.encode("Second claim.")))
        .isCloseTo(1.0, within(1e-5));
  }

  @Test
  void emptyTextEncodesToAUnitVector() {
    float[] v = ENCODER.encode("");
    assertThat(Vectors.dot(v, v)).isCloseTo(1.0, within(1e-4));
  }

  @Test
  void provenanceNamesTheModelAndArtifactVersion() {
    assertThat(ENCODER.provenance()).contains("all-MiniLM-L6-v2").contains("1.19.0-beta29");
  }
}
