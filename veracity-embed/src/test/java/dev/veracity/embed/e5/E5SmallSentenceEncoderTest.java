package dev.veracity.embed.e5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;
import dev.veracity.embed.SentenceEncoderContract;
import dev.veracity.embed.Vectors;
import org.junit.jupiter.api.Test;

class E5SmallSentenceEncoderTest extends SentenceEncoderContract {

  private static final E5SmallSentenceEncoder ENCODER = new E5SmallSentenceEncoder();

  E5SmallSentenceEncoderTest() {
    super(ENCODER, 0.1);
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
