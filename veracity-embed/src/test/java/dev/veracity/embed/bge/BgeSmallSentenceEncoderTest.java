package dev.veracity.embed.bge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.veracity.embed.Vectors;
import java.util.List;
import org.junit.jupiter.api.Test;

class BgeSmallSentenceEncoderTest {

  private static final BgeSmallSentenceEncoder ENCODER = new BgeSmallSentenceEncoder();

  @Test
  void vectorsHave384ComponentsOfUnitLength() {
    float[] v = ENCODER.encode("Vaccines cause autism.");
    assertThat(v).hasSize(384);
    assertThat(Vectors.dot(v, v)).isCloseTo(1.0, within(1e-4));
  }

  @Test
  void aParaphraseIsCloserThanAnUnrelatedSentence() {
    float[] claim = ENCODER.encode("Barack Obama was born in Kenya.");
    float[] paraphrase = ENCODER.encode("Obama's birthplace is Kenya, not Hawaii.");
    float[] unrelated = ENCODER.encode("The recipe needs two cups of flour and an egg.");
    assertThat(Vectors.cosine(claim, paraphrase))
        .isGreaterThan(Vectors.cosine(claim, unrelated) + 0.1);
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
}
