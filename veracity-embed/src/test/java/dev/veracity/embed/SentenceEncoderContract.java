package dev.veracity.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every 384-dimensional {@link SentenceEncoder} of this module must do; each encoder's test
 * extends it with its own instance and the margin by which a paraphrase beats an unrelated
 * sentence.
 */
public abstract class SentenceEncoderContract {

  private final SentenceEncoder encoder;
  private final double paraphraseMargin;

  /**
   * @param encoder the encoder under test, shared by the tests of one class
   * @param paraphraseMargin how much closer (cosine) a paraphrase must be than an unrelated
   *     sentence
   */
  protected SentenceEncoderContract(SentenceEncoder encoder, double paraphraseMargin) {
    this.encoder = encoder;
    this.paraphraseMargin = paraphraseMargin;
  }

  @Test
  void vectorsHave384ComponentsOfUnitLength() {
    float[] v = encoder.encode("Vaccines cause autism.");
    assertThat(v).hasSize(384);
    assertThat(Vectors.dot(v, v)).isCloseTo(1.0, within(1e-4));
  }

  @Test
  void aParaphraseIsCloserThanAnUnrelatedSentence() {
    float[] claim = encoder.encode("Barack Obama was born in Kenya.");
    float[] paraphrase = encoder.encode("Obama's birthplace is Kenya, not Hawaii.");
    float[] unrelated = encoder.encode("The recipe needs two cups of flour and an egg.");
    assertThat(Vectors.cosine(claim, paraphrase))
        .isGreaterThan(Vectors.cosine(claim, unrelated) + paraphraseMargin);
  }

  @Test
  void encodeAllMatchesEncodeOneByOne() {
    List<float[]> all = encoder.encodeAll(List.of("First claim.", "Second claim."));
    assertThat(all).hasSize(2);
    assertThat(Vectors.cosine(all.get(1), encoder.encode("Second claim.")))
        .isCloseTo(1.0, within(1e-5));
  }

  @Test
  void emptyTextEncodesToAUnitVector() {
    float[] v = encoder.encode("");
    assertThat(Vectors.dot(v, v)).isCloseTo(1.0, within(1e-4));
  }
}
