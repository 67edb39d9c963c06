package dev.veracity.embed.langchain;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.veracity.embed.SentenceEncoder;
import dev.veracity.embed.Vectors;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A sentence encoder over one langchain4j in-process ONNX embedding model.
 *
 * <p>Thread-safe. The model is loaded by {@code loader} on the first call to {@link #encode} or
 * {@link #encodeAll}, once per instance. Vectors are L2-normalised. Empty and blank texts encode to
 * the vector of a lone full stop (langchain4j rejects blank text), so the unit-norm contract holds
 * for every input. A model trained with an input prefix (E5's {@code "query: "}) gets it before
 * every text. Named models ({@code MiniLmSentenceEncoder}, {@code BgeSmallSentenceEncoder}, {@code
 * E5SmallSentenceEncoder}) are subclasses that only fix the constructor's arguments.
 */
public class LangChainOnnxEncoder implements SentenceEncoder {

  private final String name;
  private final String provenance;
  private final int dimension;
  private final String prefix;
  private final Supplier<EmbeddingModel> loader;
  private volatile EmbeddingModel model;

  /**
   * An encoder that loads its model with {@code loader} on first use.
   *
   * @param dimension the model's output dimension, >= 1
   */
  public LangChainOnnxEncoder(
      String name, String provenance, int dimension, Supplier<EmbeddingModel> loader) {
    this(name, provenance, dimension, "", loader);
  }

  /**
   * An encoder that loads its model with {@code loader} on first use and puts {@code prefix} before
   * every text it encodes.
   *
   * @param dimension the model's output dimension, >= 1
   */
  public LangChainOnnxEncoder(
      String name,
      String provenance,
      int dimension,
      String prefix,
      Supplier<EmbeddingModel> loader) {
    this.prefix = Objects.requireNonNull(prefix, "prefix");
    this.name = Objects.requireNonNull(name, "name");
    this.provenance = Objects.requireNonNull(provenance, "provenance");
    if (dimension < 1) {
      throw new IllegalArgumentException("dimension must be >= 1, got " + dimension);
    }
    this.dimension = dimension;
    this.loader = Objects.requireNonNull(loader, "loader");
  }

  @Override
  public final int dimension() {
    return dimension;
  }

  @Override
  public final float[] encode(String text) {
    Objects.requireNonNull(text, "text");
    return Vectors.normalized(model().embed(orPlaceholder(text)).content().vector());
  }

  @Override
  public final List<float[]> encodeAll(List<String> texts) {
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
  public final String name() {
    return name;
  }

  @Override
  public final String provenance() {
    return provenance;
  }

  private String orPlaceholder(String text) {
    return prefix + (text.isBlank() ? "." : text);
  }

  private EmbeddingModel model() {
    EmbeddingModel loaded = model;
    if (loaded == null) {
      synchronized (this) {
        loaded = model;
        if (loaded == null) {
          loaded = Objects.requireNonNull(loader.get(), "loaded model");
          model = loaded;
        }
      }
    }
    return loaded;
  }

  @Override
  public final String toString() {
    return getClass().getSimpleName() + "[" + name + ", " + dimension + " dims]";
  }
}
