package dev.veracity.embed;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns text into a dense vector whose cosine similarity to another text's vector reflects how
 * close their meanings are.
 *
 * <p>Contracts: every returned vector has {@link #dimension()} components and unit L2 norm (the
 * zero vector is never returned; empty text still encodes to a unit vector); the same text always
 * encodes to the same vector; implementations are thread-safe.
 */
public interface SentenceEncoder {

  /** The number of components of every vector this encoder returns, at least 1. */
  int dimension();

  /**
   * Encodes one text.
   *
   * @param text the text, not null; implementations may truncate long texts to the model's window
   * @return a new L2-normalised array of length {@link #dimension()}
   */
  float[] encode(String text);

  /**
   * Encodes many texts, in order; implementations may batch them for speed.
   *
   * @param texts the texts, none null
   * @return one vector per text, in the same order
   */
  default List<float[]> encodeAll(List<String> texts) {
    List<float[]> vectors = new ArrayList<>(texts.size());
    for (String text : texts) {
      vectors.add(encode(text));
    }
    return vectors;
  }

  /** A short stable name of the model, e.g. {@code all-MiniLM-L6-v2-q}. */
  String name();

  /**
   * Where the model comes from, readable without our code: model, artifact and version, e.g. {@code
   * all-MiniLM-L6-v2 (int8 ONNX) from dev.langchain4j:...:1.19.0-beta29}.
   */
  String provenance();
}
