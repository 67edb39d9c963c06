package dev.veracity.bench;

import dev.veracity.embed.SentenceEncoder;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins the vectors of several encoders end to end, scaled by one over the square root of their
 * number so the result keeps unit norm (each part keeps its own unit-norm direction).
 */
record ConcatenatedEncoder(List<SentenceEncoder> parts) implements SentenceEncoder {

  ConcatenatedEncoder {
    parts = List.copyOf(parts);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("no encoders to concatenate");
    }
  }

  @Override
  public int dimension() {
    return parts.stream().mapToInt(SentenceEncoder::dimension).sum();
  }

  @Override
  public float[] encode(String text) {
    return encodeAll(List.of(text)).get(0);
  }

  @Override
  public List<float[]> encodeAll(List<String> texts) {
    List<List<float[]>> each = new ArrayList<>();
    for (SentenceEncoder part : parts) {
      each.add(part.encodeAll(texts));
    }
    float scale = (float) (1 / Math.sqrt(parts.size()));
    List<float[]> out = new ArrayList<>(texts.size());
    for (int t = 0; t < texts.size(); t++) {
      float[] v = new float[dimension()];
      int at = 0;
      for (List<float[]> vectors : each) {
        float[] part = vectors.get(t);
        for (int j = 0; j < part.length; j++) {
          v[at + j] = part[j] * scale;
        }
        at += part.length;
      }
      out.add(v);
    }
    return out;
  }

  @Override
  public String name() {
    return String.join("+", parts.stream().map(SentenceEncoder::name).toList());
  }

  @Override
  public String provenance() {
    return String.join("; ", parts.stream().map(SentenceEncoder::provenance).toList());
  }
}
