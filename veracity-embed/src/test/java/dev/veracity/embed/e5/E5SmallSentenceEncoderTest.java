package dev.veracity.embed.e5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;
import dev.veracity.embed.Vectors;
import java.util.List;
import org.junit.jupiter.api.Test;

class E5SmallSentenceEncoderTest {

  private static final E5SmallSentenceEncoder ENCODER = new E5SmallSentenceEncoder();

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

  @Test
  void textsGetTheQueryPrefixTheModelCardAsksFor() {
    String text = "The unemployment rate fell to 4 percent last year.";
    E5SmallV2QuantizedEmbeddingModel raw = new E5SmallV2QuantizedEmbeddingModel();
    float[] prefixed = Vectors.normalized(raw.embed("query: " + text).content().vector());
    float[] bare = Vectors.normalized(raw.embed(text).content().vector());

    float[] v = ENCODER.encode(text);

    assertThat(Vectors.cosine(v, prefixed)).isCloseTo(1.0, within(1e-5));
    assertThat(Vectors.cosine(v, bare)).isLessThan(0.999);
    assertThat(ENCODER.name()).isEqualTo("e5-small-v2-q");
    assertThat(ENCODER.provenance()).contains("query: ").contains("1.11.0-beta19");
  }
}
